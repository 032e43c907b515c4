import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { FontUrls } from './fonts';
import { DEFAULT_VISIBLE, LAYER, SOURCE, TOGGLE_LAYERS, TOGGLES, type ToggleId } from './ids';
import { ATTRIBUTION, buildStyle, type DataUrls } from './style';

const urls = Object.fromEntries(Object.values(SOURCE).map((id) => [id, `/data/${id}.geojson`])) as DataUrls;
const files = { latin: '/l.woff2', latinExt: '/le.woff2', arabic: '/a.woff2', hebrew: '/h.woff2' };
const fonts: FontUrls = { regular: files, bold: files };
const style = (visible: readonly ToggleId[] = DEFAULT_VISIBLE) => buildStyle(urls, fonts, new Set(visible));

describe('buildStyle', () => {
  it('passes the MapLibre style spec validator', () => {
    expect(validateStyleMin(style())).toEqual([]);
    expect(validateStyleMin(style([]))).toEqual([]);
    expect(validateStyleMin(style(TOGGLES))).toEqual([]);
  });

  it('loads nothing from another host: no glyphs server, no sprite, only the given URLs', () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    const sourceUrls = Object.values(s.sources).map((src) => ('data' in src ? src.data : null));
    expect(sourceUrls.sort()).toEqual(Object.values(urls).sort());
  });

  it('names bundled Noto Sans files for Latin, Arabic and Hebrew in font-faces', () => {
    const faces = style()['font-faces'] ?? {};
    for (const name of ['Noto Sans Regular', 'Noto Sans Bold']) {
      const entry = faces[name];
      expect(Array.isArray(entry)).toBe(true);
      const ranges = (entry as { 'unicode-range'?: string[] }[]).flatMap((f) => f['unicode-range'] ?? []);
      expect(ranges).toContain('U+0600-06FF');
      expect(ranges).toContain('U+0590-05FF');
    }
  });

  it('has unique layer ids, each using a declared source', () => {
    const s = style();
    const ids = s.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of s.layers) if ('source' in l) expect(Object.keys(s.sources)).toContain(l.source);
  });

  it('contains every layer a toggle controls', () => {
    const ids = new Set(style().layers.map((l) => l.id));
    for (const t of TOGGLES) for (const layer of TOGGLE_LAYERS[t]) expect(ids, layer).toContain(layer);
  });

  it.each(TOGGLES)('starts the %s layers with the visibility the state asks for', (toggle) => {
    const visibility = (visible: readonly ToggleId[]) =>
      style(visible)
        .layers.filter((l) => TOGGLE_LAYERS[toggle].includes(l.id))
        .map((l) => l.layout?.visibility);
    expect(new Set(visibility([toggle]))).toEqual(new Set(['visible']));
    expect(new Set(visibility([]))).toEqual(new Set(['none']));
  });

  it('keeps labels above every fill and line', () => {
    const layers = style().layers;
    const firstSymbol = layers.findIndex((l) => l.type === 'symbol');
    expect(layers.slice(firstSymbol).every((l) => l.type === 'symbol' || l.type === 'circle')).toBe(true);
  });

  it('leaves the events out: they are a custom WebGL layer added at load', () => {
    expect(style().layers.map((l) => l.id)).not.toContain(LAYER.events);
  });

  it('draws Line A above the Golan fill it bounds', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.lineA)).toBeGreaterThan(ids.indexOf(LAYER.golanFill));
    expect(ids.indexOf(LAYER.lineB)).toBeGreaterThan(ids.indexOf(LAYER.aosFill));
  });
});

describe('ATTRIBUTION', () => {
  it('credits every data source', () => {
    const all = Object.values(ATTRIBUTION).join(' ');
    for (const credit of ['Natural Earth', 'GeoNames', 'OCHA', 'golan-map']) expect(all).toContain(credit);
  });
});
