import { describe, expect, it } from 'vitest';
import { KINDS } from '../data/kinds';
import { DEFAULT_VISIBLE } from '../layers/ids';
import { formatHash, parseHash, viewDecimals } from './hash';

describe('parseHash', () => {
  it('reads the viewport and the visible layers', () => {
    expect(parseHash('#map=9/33.05/35.85&layers=golan,buffer')).toEqual({
      view: { zoom: 9, lat: 33.05, lon: 35.85 },
      layers: ['golan', 'buffer'],
      problems: [],
    });
  });

  it('returns the layers in panel order, whatever order the link has', () => {
    expect(parseHash('#layers=daraa,golan').layers).toEqual(['golan', 'daraa']);
  });

  it('treats an empty layers list as "no overlays", and a missing one as "defaults"', () => {
    expect(parseHash('#layers=').layers).toEqual([]);
    expect(parseHash('#map=9/33/35').layers).toBeUndefined();
  });

  it('is empty for an empty hash', () => {
    expect(parseHash('')).toEqual({ problems: [] });
    expect(parseHash('#')).toEqual({ problems: [] });
  });

  it.each([
    ['#map=banana', /zoom\/latitude\/longitude/],
    ['#map=9/33', /zoom\/latitude\/longitude/],
    ['#map=99/33/35', /zoom/],
    ['#map=9/91/35', /latitude/],
    ['#map=9/33/500', /longitude/],
    ['#map=9//35', /latitude/],
    ['#map=NaN/33/35', /zoom/],
  ])('rejects the viewport in %s and says why', (hash, why) => {
    const parsed = parseHash(hash);
    expect(parsed.view).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(why);
  });

  // Issue 13: an unknown name keeps the known ones and the defaults for the rest, and says so.
  it('keeps the known layers with the defaults for the rest, and names the unknown ones', () => {
    const parsed = parseHash('#layers=limitation,<script>,buffer');
    expect(parsed.layers).toEqual(['golan', 'buffer', 'limitation', 'quneitra', 'sweida', 'daraa']);
    expect(parsed.problems).toEqual([
      'layers: unknown “<script>”; showing the known buffer, limitation and the defaults for the rest (golan, quneitra, sweida, daraa)',
    ]);
    expect(parseHash('#layers=nope').layers).toEqual([...DEFAULT_VISIBLE]);
    expect(parseHash('#layers=nope').problems[0]).toBe(
      'layers: unknown “nope”; showing the defaults for the rest (golan, buffer, quneitra, sweida, daraa)',
    );
  });

  it('keeps a good viewport when the layers are garbage, and the reverse', () => {
    expect(parseHash('#map=8/33/36&layers=zzz').view).toEqual({ zoom: 8, lat: 33, lon: 36 });
    expect(parseHash('#map=zzz&layers=golan').layers).toEqual(['golan']);
  });

  it('survives any junk without throwing', () => {
    for (const junk of ['#%', '#%E0%A4%A', '#&&&', '#map', '#=', '#map=%00', `#${'x'.repeat(10000)}`]) {
      expect(() => parseHash(junk)).not.toThrow();
    }
  });
});

describe('a hostile link', () => {
  it('says which keys are not this map’s, once each, and still reads the rest', () => {
    const parsed = parseHash('#foo=1&map=9/33/35&foo=2&utm_source=x&layers=golan');
    expect(parsed.view).toEqual({ zoom: 9, lat: 33, lon: 35 });
    expect(parsed.layers).toEqual(['golan']);
    expect(parsed.problems).toEqual(["not part of this map's links: “foo”, “utm_source”"]);
  });

  it('uses the first of a repeated key and says so', () => {
    const parsed = parseHash('#t=2025-05-14&t=2025-06-01&t=x');
    expect(parsed.time).toBe(20222);
    expect(parsed.problems).toEqual(['t= is given 3 times: only the first is used']);
  });

  it('reads broken %-escapes anywhere as text and reports what they break', () => {
    const parsed = parseHash('#layers=golan%zz,buffer&kinds=%E0%A4%A&ma%p=1&t=2025%2D05-14');
    expect(parsed.layers).toEqual(['golan', 'buffer', 'quneitra', 'sweida', 'daraa']);
    expect(parsed.time).toBe(20222);
    expect(parsed.problems).toEqual([
      'layers: unknown “golan%zz”; showing the known buffer and the defaults for the rest (golan, quneitra, sweida, daraa)',
      'kinds: unknown “\uFFFD%A”',
      "not part of this map's links: “ma%p”",
    ]);
  });

  it('summarises a 1 MB link and its values instead of quoting them whole', () => {
    const pad = 'x'.repeat(1_000_000);
    const parsed = parseHash(`#map=9/33/35&t=${pad}&${pad}=1`);
    expect(parsed.view).toEqual({ zoom: 9, lat: 33, lon: 35 });
    expect(parsed.problems[0]).toMatch(
      /^the link is far longer than this map's links: “map=9\/33\/35&t=x+… \(2\.0 MB\)”$/,
    );
    expect(parsed.problems[1]).toMatch(/^t=x{80}… \(1\.0 MB\): expected a date/);
    expect(parsed.problems.join('\n').length).toBeLessThan(600);
  });

  it('names only the first few of thousands of bad names', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `n${i}`).join(',');
    const problems = parseHash(`#layers=${names}`).problems;
    expect(problems.at(-1)).toBe(
      'layers: unknown “n0”, “n1”, “n2”, “n3”, “n4” and 4,995 more; showing the defaults for the rest (golan, buffer, quneitra, sweida, daraa)',
    );
  });

  it('never throws, whatever the link', () => {
    const junk = ['#%', '#%%%', '#=&=&=', '#map=%E0%A4%A&map', '#\u0000=\u202E', `#${'&'.repeat(100_000)}`];
    for (const hash of junk) expect(() => parseHash(hash)).not.toThrow();
  });
});

describe('formatHash', () => {
  it('writes what parseHash reads', () => {
    const state = { view: { zoom: 9.5, lat: 33.05123, lon: 35.85456 }, layers: ['golan', 'buffer'] as const };
    const parsed = parseHash(`#${formatHash({ ...state, layers: [...state.layers] })}`);
    expect(parsed.layers).toEqual(['golan', 'buffer']);
    expect(parsed.view?.zoom).toBe(9.5);
    expect(parsed.view?.lat).toBeCloseTo(33.05123, 3);
    expect(parsed.view?.lon).toBeCloseTo(35.85456, 3);
  });

  it('keeps commas and slashes readable', () => {
    expect(formatHash({ view: { zoom: 9, lat: 33, lon: 35.85 }, layers: ['golan', 'buffer'] })).toBe(
      'map=9/33.0000/35.8500&layers=golan,buffer',
    );
  });

  it('writes an empty layers list when every overlay is off', () => {
    expect(formatHash({ layers: [] })).toBe('layers=');
  });
});

describe('viewDecimals', () => {
  it('adds precision as the map zooms in', () => {
    expect(viewDecimals(2)).toBeLessThan(viewDecimals(9));
    expect(viewDecimals(9)).toBeLessThan(viewDecimals(16));
  });
});

describe('the time slider in the link', () => {
  it('reads time, mode, window, selected event and kinds', () => {
    const parsed = parseHash(
      '#t=2025-05-14&mode=window&win=30&event=riyadh-trump-sharaa&kinds=strike,meeting',
    );
    expect(parsed).toEqual({
      time: 20222,
      mode: 'window',
      windowDays: 30,
      event: 'riyadh-trump-sharaa',
      kinds: ['strike', 'meeting'],
      problems: [],
    });
  });

  it.each([
    ['#t=2025-02-30', /t=2025-02-30/],
    ['#t=yesterday', /YYYY-MM-DD/],
    ['#mode=sideways', /cumulative/],
    ['#win=0', /whole number/],
    ['#win=2.5', /whole number/],
    ['#event=<script>', /not an event id/],
    ['#kinds=strike,rumour', /rumour/],
  ])('reports %s and ignores it', (hash, why) => {
    const parsed = parseHash(hash);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(why);
    expect(parsed.time).toBeUndefined();
  });

  it('writes them back in a stable order, leaving out what is the default', () => {
    expect(formatHash({ time: 20222, mode: 'cumulative', event: 'a-b' })).toBe(
      't=2025-05-14&mode=cumulative&event=a-b',
    );
    expect(formatHash({ time: 20222, mode: 'window', windowDays: 7 })).toBe('t=2025-05-14&mode=window&win=7');
    expect(formatHash({ kinds: ['meeting', 'strike'] })).toBe('kinds=strike,meeting');
    expect(formatHash({ kinds: [...KINDS] })).toBe('');
  });

  it('round-trips a full link', () => {
    const link =
      'map=9/33.0000/35.8500&layers=golan,buffer&t=2025-07-16&mode=window&win=14&event=x-y&kinds=clash';
    const { problems, ...state } = parseHash(`#${link}`);
    expect(problems).toEqual([]);
    expect(formatHash(state)).toBe(link);
  });
});

describe('the story and embed parts of the link', () => {
  it('reads a story, its step and embed mode, and writes them back in the same order', () => {
    const parsed = parseHash('#story=security-2025&step=3&embed=1');
    expect(parsed).toEqual({ story: 'security-2025', step: 3, embed: true, problems: [] });
    expect(formatHash(parsed)).toBe('story=security-2025&step=3&embed=1');
    expect(formatHash({ story: 'security-2025' })).toBe('story=security-2025&step=1');
  });

  it.each([
    ['#story=../etc/passwd', 'story=../etc/passwd: not a story id', {}],
    [
      '#story=security-2025&step=0',
      'step=0: expected a step number, 1 or more; showing step 1',
      { story: 'security-2025' },
    ],
    [
      '#story=security-2025&step=2.5',
      'step=2.5: expected a step number, 1 or more; showing step 1',
      { story: 'security-2025' },
    ],
    ['#step=2', 'step= is only used with story=', {}],
    ['#embed=yes', 'embed=yes: expected 1', {}],
  ])('reports %s and keeps what it can', (hash, problem, kept) => {
    const { problems, ...rest } = parseHash(hash);
    expect(problems).toEqual([problem]);
    expect(rest).toEqual(kept);
  });

  it('never writes step= without story=, and embed=0 is the default', () => {
    expect(formatHash({ step: 4 })).toBe('');
    expect(parseHash('#embed=0')).toEqual({ problems: [] });
  });
});
