import { describe, expect, it } from 'vitest';
import {
  ALL_UP_TO,
  drawnRange,
  firstInView,
  fullyInView,
  MAX_TRACK,
  OVERSCAN,
  offsetShowing,
  pageRows,
  placedTop,
  ROW,
  windowOf,
} from './list-window';

describe('windowOf', () => {
  it('is the whole list, scrolled one to one, while the list fits under MAX_TRACK', () => {
    const w = windowOf(1000, 260, 5000);
    expect(w).toEqual({ track: 1000 * ROW, view: 260, maxOffset: 1000 * ROW - 260, offset: 5000, scale: 1 });
  });

  it('is no taller than the list, and keeps the offset inside it', () => {
    expect(windowOf(3, 260, 0)).toMatchObject({ track: 3 * ROW, view: 3 * ROW, maxOffset: 0, scale: 1 });
    expect(windowOf(1000, 260, 1e9).offset).toBe(1000 * ROW - 260);
  });

  it('caps the track and scales the scroll bar to a longer list', () => {
    const total = 1_000_000;
    const w = windowOf(total, 260, 0);
    expect(w.track).toBe(MAX_TRACK);
    expect(w.scale).toBeCloseTo((total * ROW - 260) / (MAX_TRACK - 260), 9);
    // The scroll bar's end is the list's end.
    expect((MAX_TRACK - 260) * w.scale).toBeCloseTo(w.maxOffset, 3);
  });
});

describe('drawnRange', () => {
  it('draws a short list whole', () => {
    expect(drawnRange(ALL_UP_TO, 10 * ROW, 260)).toEqual([0, ALL_UP_TO]);
  });

  it('draws the rows in view and OVERSCAN either side, inside the list', () => {
    expect(drawnRange(1000, 100 * ROW, 5 * ROW)).toEqual([100 - OVERSCAN, 105 + OVERSCAN]);
    expect(drawnRange(1000, 0, 5 * ROW)).toEqual([0, 5 + OVERSCAN]);
    expect(drawnRange(1000, 996 * ROW, 4 * ROW)).toEqual([996 - OVERSCAN, 1000]);
    // A view that starts part-way into a row draws that row and the one it ends in.
    expect(drawnRange(1000, 100 * ROW + 1, 5 * ROW)).toEqual([100 - OVERSCAN, 106 + OVERSCAN]);
  });
});

describe('offsetShowing', () => {
  const w = { offset: 10 * ROW, view: 5 * ROW, maxOffset: 995 * ROW };

  it('leaves the view where it is for a row wholly in it', () => {
    for (const r of [10, 12, 14]) expect(offsetShowing(r, w)).toBe(w.offset);
  });

  it('scrolls as little as shows a row above or below the view', () => {
    expect(offsetShowing(9, w)).toBe(9 * ROW);
    expect(offsetShowing(15, w)).toBe(11 * ROW);
    expect(offsetShowing(0, w)).toBe(0);
  });

  it('stops at the list’s end', () => {
    expect(offsetShowing(999, { ...w, maxOffset: 990 * ROW })).toBe(990 * ROW);
  });
});

describe('placedTop', () => {
  it('places a row where it belongs while the scroll bar is one to one', () => {
    expect(placedTop(7, windowOf(1000, 260, 300), 300)).toBe(7 * ROW);
  });

  it('places a row round the scroll bar by its distance from the offset when scaled', () => {
    const w = windowOf(1_000_000, 260, 500_000 * ROW);
    expect(placedTop(500_002, w, 1234)).toBe(1234 + 2 * ROW);
  });

  it('keeps a row far from the view inside ±2 tracks', () => {
    expect(placedTop(999_999, windowOf(1_000_000, 260, 0), 0)).toBe(2 * MAX_TRACK);
    expect(placedTop(0, windowOf(1_000_000, 260, 1e12), MAX_TRACK - 260)).toBe(-MAX_TRACK);
  });
});

describe('fullyInView, firstInView and pageRows', () => {
  it('says whether a row is wholly in view', () => {
    expect(fullyInView(10, 10 * ROW, 5 * ROW)).toBe(true);
    expect(fullyInView(14, 10 * ROW, 5 * ROW)).toBe(true);
    expect(fullyInView(15, 10 * ROW, 5 * ROW)).toBe(false);
    expect(fullyInView(10, 10 * ROW + 1, 5 * ROW)).toBe(false);
  });

  it('finds the first row whose top is in view, never past the list', () => {
    expect(firstInView(1000, 10 * ROW)).toBe(10);
    expect(firstInView(1000, 10 * ROW + 1)).toBe(11);
    expect(firstInView(3, 10 * ROW)).toBe(2);
  });

  it('pages by a view less one row, at least one', () => {
    expect(pageRows(5 * ROW)).toBe(4);
    expect(pageRows(ROW)).toBe(1);
    expect(pageRows(0)).toBe(1);
  });
});
