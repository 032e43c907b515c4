import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { FontUrls } from './fonts';
import { SOURCE, STACK_COUNTS } from './ids';
import { stackCountsData, stackCountsLayer, stackCountsSource } from './stack-counts';
import { buildStyle, type DataUrls } from './style';

const urls = Object.fromEntries(Object.values(SOURCE).map((id) => [id, `/data/${id}.geojson`])) as DataUrls;
const files = { latin: '/l.woff2', latinExt: '/le.woff2', arabic: '/a.woff2', hebrew: '/h.woff2' };
const fonts: FontUrls = { regular: files, bold: files };

describe('stack counts', () => {
  it('pass the MapLibre style spec validator, added to the app style as the map adds them', () => {
    const style = buildStyle(urls, fonts, new Set());
    style.sources[STACK_COUNTS.source] = stackCountsSource();
    style.layers.push(stackCountsLayer());
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('put each stack shown at its place with its count', () => {
    const data = stackCountsData([{ lon: 36.3, lat: 33.5, count: 7 }]);
    expect(data.features).toEqual([
      { type: 'Feature', properties: { count: 7 }, geometry: { type: 'Point', coordinates: [36.3, 33.5] } },
    ]);
    expect(stackCountsLayer().layout?.['text-field']).toEqual(['to-string', ['get', 'count']]);
  });
});
