import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { sameCamera, sameFrame } from './video-plan';
import { type StoryShot, stepStarts, storyFrames, storySeconds } from './video-story';

const day = (iso: string) => parseIsoDate(iso) as number;

const shot = (iso: string, lon: number, zoom: number, extra: Partial<StoryShot> = {}): StoryShot => ({
  day: day(iso),
  window: null,
  camera: { lon, lat: 33, zoom, bearing: 0 },
  scene: { layers: ['golan'], kinds: ['strike'], highlight: [] },
  title: `On ${iso}`,
  caption: `What happened on ${iso}.`,
  outlets: ['Reuters'],
  ...extra,
});

const shots = [
  shot('2024-12-08', 36, 8),
  shot('2025-03-31', 35.5, 6.5, { window: 30, camera: { lon: 35.5, lat: 33.5, zoom: 6.5, bearing: 20 } }),
  shot('2025-05-14', 46.7, 5),
];
const video = { seconds: 12, fps: 30, span: 640 };

describe('storySeconds', () => {
  it('holds each step four seconds, inside the dialog’s limits', () => {
    expect(storySeconds(3)).toBe(12);
    expect(storySeconds(14)).toBe(56);
    expect(storySeconds(200)).toBe(300);
  });
});

describe('stepStarts', () => {
  it('shares the frames out evenly, each step at least one, ending at the frame count', () => {
    expect(stepStarts(3, 12, 30)).toEqual([0, 120, 240, 360]);
    expect(stepStarts(3, 1, 2)).toEqual([0, 1, 2, 3]);
    const uneven = stepStarts(7, 10, 30);
    expect(uneven.at(-1)).toBe(300);
    const lengths = uneven.slice(1).map((s, i) => s - (uneven[i] as number));
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
  });
});

describe('storyFrames', () => {
  const frames = storyFrames(shots, video);

  it('gives every step its share, with its date, window, scene, heading and caption from its first frame', () => {
    expect(frames).toHaveLength(360);
    for (const [i, s] of shots.entries()) {
      const own = frames.slice(i * 120, (i + 1) * 120);
      expect(own.every((f) => f.day === s.day && f.window === s.window && f.scene === s.scene)).toBe(true);
      expect(
        own.every((f) => f.heading === `Step ${i + 1} of 3: ${s.title}` && f.caption === s.caption),
      ).toBe(true);
    }
  });

  it('opens on the first step’s camera, flies to each next over the step’s first part, then holds it', () => {
    expect(frames.slice(0, 120).every((f) => f.camera === shots[0]?.camera)).toBe(true);
    const second = frames.slice(120, 240);
    // 1.5 s of flight (45 frames) out of 4 s: then the step's own camera, the very object.
    const flying = second.filter((f) => f.camera !== shots[1]?.camera);
    expect(flying).toHaveLength(44);
    expect(second.slice(44).every((f) => f.camera === shots[1]?.camera)).toBe(true);
    // Under way it is neither end: the bearing turns and the zoom goes out and back in.
    const mid = second[22]?.camera;
    expect(mid?.bearing).toBeGreaterThan(2);
    expect(mid?.bearing).toBeLessThan(18);
    expect(sameCamera(mid ?? null, shots[0]?.camera ?? null)).toBe(false);
  });

  it('draws a step’s still frames once: they all repeat the one before', () => {
    const drawn = frames.filter((f, i) => i === 0 || !sameFrame(frames[i - 1] ?? f, f));
    // One for step 1, then per later step 45 frames of flight (the last lands on its camera).
    expect(drawn).toHaveLength(1 + 45 + 45);
  });

  it('keeps a short step mostly still: at most 40 % of it in flight', () => {
    const short = storyFrames(shots.slice(0, 2), { ...video, seconds: 2 });
    const second = short.slice(30);
    expect(second.filter((f) => f.camera !== shots[1]?.camera)).toHaveLength(11);
  });
});
