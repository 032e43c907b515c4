import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import { prepareRecords } from '../import/prepared';
import { makeEvent } from './test-events';
import { appearances, captionCues, cueText, eventCues } from './video-cues';
import { spanFrames } from './video-plan';

const day = (iso: string) => parseIsoDate(iso) as number;
const ALL = new Set(KINDS);

const event = (id: string, iso: string, over = {}) =>
  makeEvent({ id, date: iso, day: day(iso), end: day(iso), title: `Event ${id}`, ...over });

describe('cueText', () => {
  it('says date · title · outlet, each outlet once', () => {
    const e = event('a', '2025-05-14', {
      sources: [{ outlet: 'Reuters', headline: 'h' }, { outlet: 'AP' }, { outlet: 'Reuters' }],
    });
    expect(cueText(e)).toBe('14 May 2025 · Event a · Reuters, AP');
    expect(cueText({ ...e, sources: [] })).toBe('14 May 2025 · Event a');
    expect(cueText({ ...e, end: day('2025-05-19') })).toBe('14–19 May 2025 · Event a · Reuters, AP');
  });
});

describe('appearances', () => {
  const sets = [
    prepareRecords(
      [
        event('before', '2025-04-20'),
        event('first', '2025-05-01'),
        event('mid', '2025-05-10', { kind: 'meeting' }),
        event('mid2', '2025-05-10'),
        event('last', '2025-05-31'),
        event('after', '2025-06-10'),
      ],
      'curated',
    ),
  ];
  const frames = spanFrames({
    start: day('2025-05-01'),
    end: day('2025-05-31'),
    seconds: 2,
    fps: 30,
    window: null,
  });

  it('finds each event of the span once, on the first frame that shows its day', () => {
    const found = appearances(sets, frames, ALL);
    const ids = found.flatMap((a) => a.events.map((e) => e.id));
    expect(ids).toEqual(['first', 'mid', 'mid2', 'last']);
    for (const a of found)
      for (const e of a.events) {
        expect(frames[a.frame]?.day).toBeGreaterThanOrEqual(e.day);
        if (a.frame > 0) expect(frames[a.frame - 1]?.day).toBeLessThan(e.day);
      }
    expect(found[0]?.frame).toBe(0);
  });

  it('leaves out the kinds turned off, and counts what is past the limit', () => {
    const noMeetings = new Set<Kind>(KINDS.filter((k) => k !== 'meeting'));
    expect(appearances(sets, frames, noMeetings).flatMap((a) => a.events.map((e) => e.id))).not.toContain(
      'mid',
    );
    const limited = appearances(sets, frames, ALL, 1).find(
      (a) => toIsoDate(frames[a.frame]?.day ?? 0) >= '2025-05-10',
    );
    expect(limited?.events).toHaveLength(1);
    expect(limited?.more).toBe(1);
  });
});

describe('eventCues', () => {
  it('shows a cue until the next event appears, for 2 to 5 s, never past the end', () => {
    const e = event('x', '2025-05-01');
    const cues = eventCues(
      [
        { frame: 0, events: [e], more: 0 },
        { frame: 30, events: [e, e], more: 3 },
        { frame: 300, events: [e], more: 0 },
        { frame: 590, events: [e], more: 0 },
      ],
      600,
      30,
    );
    expect(cues.map((c) => [c.start, c.end])).toEqual([
      [0, 2],
      [1, 6],
      [1, 6],
      [1, 6],
      [10, 15],
      [590 / 30, 20],
    ]);
    expect(cues[3]?.text).toBe('and 3 more events');
  });
});

describe('captionCues', () => {
  it('makes one cue per run of the same caption', () => {
    const f = { day: 1, window: null, camera: null };
    const frames = [{ ...f, caption: 'One' }, { ...f, caption: 'One' }, f, { ...f, caption: 'Two' }];
    expect(captionCues(frames, 2)).toEqual([
      { start: 0, end: 1, text: 'One' },
      { start: 1.5, end: 2, text: 'Two' },
    ]);
  });
});
