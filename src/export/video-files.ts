// The names of a video export's two files: the video and its captions share a base name, so a
// player that looks for captions beside the video finds them.
import { type Day, toIsoDate } from '../data/dates';
import { exportName } from './filename';

/** `golan-map-2024-12-08-to-2025-08-14.webm` and `….vtt`; one day is named once. */
export function videoFileNames(start: Day, end: Day, ext: string): { video: string; captions: string } {
  const base = start === end ? 'golan-map' : `golan-map ${toIsoDate(Math.min(start, end))} to`;
  const video = exportName(base, Math.max(start, end), ext);
  return { video, captions: video.replace(/\.[^.]+$/, '.vtt') };
}

/** `golan-map-story-security-2025.webm` and `….vtt`: a story's id is already a file-safe slug. */
export function storyFileNames(storyId: string, ext: string): { video: string; captions: string } {
  const base = `golan-map-story-${storyId.replace(/[^a-z0-9-]+/g, '-')}`;
  return { video: `${base}.${ext.replace(/^\.+/, '')}`, captions: `${base}.vtt` };
}
