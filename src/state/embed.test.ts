import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../data/dates';
import { embedCode, embedUrl, fullMapUrl } from './embed';
import { parseHash } from './hash';

const state = {
  view: { zoom: 9, lat: 33.05, lon: 35.85 },
  layers: ['golan' as const, 'buffer' as const],
  time: parseIsoDate('2025-05-14') ?? 0,
  mode: 'cumulative' as const,
};

describe('embed links', () => {
  it('opens the same view in full, without embed=1, from wherever the app is served', () => {
    const url = fullMapUrl('https://example.org/maps/golan/?x=1#embed=1&map=1/2/3', {
      ...state,
      embed: true,
    });
    expect(url).toBe(
      'https://example.org/maps/golan/?x=1#map=9/33.0500/35.8500&layers=golan,buffer&t=2025-05-14&mode=cumulative',
    );
    expect(parseHash(new URL(url).hash).embed).toBeUndefined();
  });

  it('loads the same view in embed mode, a story with its step', () => {
    const url = embedUrl('http://127.0.0.1:4173/', { story: 'security-2025', step: 3 });
    expect(url).toBe('http://127.0.0.1:4173/#story=security-2025&step=3&embed=1');
    expect(parseHash(new URL(url).hash)).toEqual({
      story: 'security-2025',
      step: 3,
      embed: true,
      problems: [],
    });
  });

  it('gives an iframe snippet whose attributes read back as the URL and title', () => {
    const src = 'https://example.org/#map=9/33/35&layers=golan,buffer&embed=1';
    const code = embedCode(src, 'Map: Golan "Heights" & <Syria>');
    expect(code).toBe(
      '<iframe src="https://example.org/#map=9/33/35&amp;layers=golan,buffer&amp;embed=1" ' +
        'title="Map: Golan &quot;Heights&quot; &amp; &lt;Syria&gt;" width="800" height="500" ' +
        'style="border:0" loading="lazy" allowfullscreen></iframe>',
    );
  });
});
