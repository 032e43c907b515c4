import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate } from '../data/dates';
import { KINDS, type Kind } from '../data/kinds';
import { prepareRecords } from '../import/prepared';
import { makeEvent } from './test-events';
import { appearances, cueText, eventCues, storyCues } from './video-cues';
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

describe('storyCues', () => {
  const step = (title: string, caption: string, outlets: string[]) => ({ title, caption, outlets });

  it('gives each step one cue for exactly its frames, with its outlets once each', () => {
    const steps = [
      step(' Assad falls ', 'Rebels take Damascus.', ['JFeed', 'The Japan Times', ' JFeed ']),
      step('Talks', 'They meet in Baku.', []),
    ];
    expect(storyCues(steps, [0, 120, 240], 30)).toEqual([
      { start: 0, end: 4, text: 'Step 1: Assad falls — Rebels take Damascus. (JFeed, The Japan Times)' },
      { start: 4, end: 8, text: 'Step 2: Talks — They meet in Baku.' },
    ]);
  });

  it('leaves the escaping to the file: markup in a caption stays as written here', () => {
    const [cue] = storyCues([step('A <b>', 'x --> y', ['R&D'])], [0, 30], 30);
    expect(cue?.text).toBe('Step 1: A <b> — x --> y (R&D)');
  });
});
