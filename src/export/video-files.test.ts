import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { storyFileNames, videoFileNames } from './video-files';

const day = (iso: string) => parseIsoDate(iso) as number;

describe('videoFileNames', () => {
  it('names the video and its captions alike, by the span', () => {
    expect(videoFileNames(day('2024-12-08'), day('2025-08-14'), 'webm')).toEqual({
      video: 'golan-map-2024-12-08-to-2025-08-14.webm',
      captions: 'golan-map-2024-12-08-to-2025-08-14.vtt',
    });
    expect(videoFileNames(day('2025-08-14'), day('2024-12-08'), 'mp4').video).toBe(
      'golan-map-2024-12-08-to-2025-08-14.mp4',
    );
    expect(videoFileNames(day('2025-05-14'), day('2025-05-14'), 'webm').captions).toBe(
      'golan-map-2025-05-14.vtt',
    );
  });
});

describe('storyFileNames', () => {
  it('names a story’s video and captions alike, by the story', () => {
    expect(storyFileNames('security-2025', 'webm')).toEqual({
      video: 'golan-map-story-security-2025.webm',
      captions: 'golan-map-story-security-2025.vtt',
    });
    expect(storyFileNames('../odd name', 'mp4').video).toBe('golan-map-story--odd-name.mp4');
  });
});
