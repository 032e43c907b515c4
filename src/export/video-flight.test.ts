import { describe, expect, it } from 'vitest';
import { project } from './video-camera';
import { easeInOut, flightAt, turnBetween } from './video-flight';

const SPAN = 1280;
const golan = { lon: 35.8, lat: 33.1, zoom: 9 };
const riyadh = { lon: 46.7, lat: 24.7, zoom: 5 };

describe('easeInOut', () => {
  it('starts and ends still, and passes the middle at the middle', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5, 12);
    expect(easeInOut(0.05)).toBeLessThan(0.01);
    for (let t = 0; t < 1; t += 0.05) expect(easeInOut(t + 0.05)).toBeGreaterThan(easeInOut(t));
  });
});

describe('turnBetween', () => {
  it('turns the shorter way round', () => {
    expect(turnBetween(0, 90)).toBe(90);
    expect(turnBetween(170, -170)).toBe(20);
    expect(turnBetween(-170, 170)).toBe(-20);
    expect(turnBetween(30, 30)).toBe(0);
  });
});

describe('flightAt', () => {
  it('leaves from the first camera and lands exactly on the second', () => {
    const start = flightAt(golan, riyadh, 0, SPAN);
    expect(start.lon).toBeCloseTo(golan.lon, 9);
    expect(start.lat).toBeCloseTo(golan.lat, 9);
    expect(start.zoom).toBeCloseTo(golan.zoom, 9);
    expect(flightAt(golan, riyadh, 1, SPAN)).toBe(riyadh);
    const near = flightAt(golan, riyadh, 0.999999, SPAN);
    expect(near.lon).toBeCloseTo(riyadh.lon, 3);
    expect(near.zoom).toBeCloseTo(riyadh.zoom, 3);
  });

  it('zooms out further than either end to travel far, then back in', () => {
    const far = { ...riyadh, zoom: 9 };
    const mid = flightAt(golan, far, 0.5, SPAN);
    expect(mid.zoom).toBeLessThan(7);
    // Along the straight line between them in Mercator, half way at the middle (both ends at one zoom).
    const [ax, ay] = project(golan.lon, golan.lat, 0);
    const [bx, by] = project(far.lon, far.lat, 0);
    const [mx, my] = project(mid.lon, mid.lat, 0);
    expect((mx - ax) / (bx - ax)).toBeCloseTo(0.5, 6);
    expect((my - ay) / (by - ay)).toBeCloseTo(0.5, 6);
  });

  it('moves steadily: no frame jumps further across the screen than a few times the average', () => {
    const steps = 40;
    const cams = Array.from({ length: steps + 1 }, (_, i) => flightAt(golan, riyadh, i / steps, SPAN));
    // Screen distance of each frame's move, measured at the frame's own zoom.
    const moves = cams.slice(1).map((c, i) => {
      const prev = cams[i] ?? c;
      const [x0, y0] = project(prev.lon, prev.lat, c.zoom);
      const [x1, y1] = project(c.lon, c.lat, c.zoom);
      return Math.hypot(x1 - x0, y1 - y0);
    });
    const mean = moves.reduce((a, b) => a + b, 0) / moves.length;
    expect(Math.max(...moves)).toBeLessThan(3 * mean);
    expect(mean).toBeGreaterThan(0);
  });

  it('only zooms when the centre stays, and turns the bearing the shorter way', () => {
    const a = { ...golan, bearing: 170 };
    const b = { ...golan, zoom: 11, bearing: -170 };
    const mid = flightAt(a, b, 0.5, SPAN);
    expect(mid.lon).toBeCloseTo(golan.lon, 9);
    expect(mid.lat).toBeCloseTo(golan.lat, 9);
    expect(mid.zoom).toBeCloseTo(10, 9);
    expect(mid.bearing).toBeCloseTo(180, 9);
    // No bearing given is north up.
    expect(flightAt(golan, { ...golan, bearing: 40 }, 0.25, SPAN).bearing).toBeCloseTo(10, 9);
  });
});
