import { describe, expect, it } from 'vitest';
import { project, unproject, videoCamera } from './video-camera';

describe('project', () => {
  it('round-trips and puts 0,0 in the middle of the world', () => {
    expect(project(0, 0, 0)).toEqual([256, 256]);
    const [x, y] = project(35.8, 33.1, 9.3);
    const back = unproject(x, y, 9.3);
    expect(back.lon).toBeCloseTo(35.8, 9);
    expect(back.lat).toBeCloseTo(33.1, 9);
  });
});

describe('videoCamera', () => {
  const view = { lon: 35.9, lat: 33, zoom: 9 };
  const screen = { width: 1280, height: 800 };
  const covered = { top: 0, right: 0, bottom: 150, left: 340 };

  /** Where the uncovered part's corners land in the video, in css px from its corner. */
  function cornersInVideo(out: { width: number; height: number }) {
    const cam = videoCamera(view, screen, covered, out);
    const [cx, cy] = project(view.lon, view.lat, view.zoom);
    const corners = [
      [covered.left, covered.top],
      [screen.width - covered.right, screen.height - covered.bottom],
    ].map(([x, y]) =>
      unproject(cx + (x as number) - screen.width / 2, cy + (y as number) - screen.height / 2, view.zoom),
    );
    const [vx, vy] = project(cam.lon, cam.lat, cam.zoom);
    return corners.map((c) => {
      const [x, y] = project(c.lon, c.lat, cam.zoom);
      return [x - vx + out.width / 2, y - vy + out.height / 2];
    });
  }

  it('fits what the panels leave uncovered into the video, centred, touching two sides', () => {
    for (const out of [
      { width: 1280, height: 720 },
      { width: 720, height: 720 },
    ]) {
      const [[x0, y0], [x1, y1]] = cornersInVideo(out) as [[number, number], [number, number]];
      expect(x0).toBeGreaterThanOrEqual(-1e-6);
      expect(y0).toBeGreaterThanOrEqual(-1e-6);
      expect(x1).toBeLessThanOrEqual(out.width + 1e-6);
      expect(y1).toBeLessThanOrEqual(out.height + 1e-6);
      expect((x0 + x1) / 2).toBeCloseTo(out.width / 2, 6);
      expect((y0 + y1) / 2).toBeCloseTo(out.height / 2, 6);
      const touches = Math.abs(x0) < 1e-6 || Math.abs(y0) < 1e-6;
      expect(touches).toBe(true);
    }
  });

  it('keeps the view as it is when nothing is covered and the sizes match', () => {
    const cam = videoCamera(view, screen, { top: 0, right: 0, bottom: 0, left: 0 }, screen);
    expect(cam.lon).toBeCloseTo(view.lon, 9);
    expect(cam.lat).toBeCloseTo(view.lat, 9);
    expect(cam.zoom).toBeCloseTo(view.zoom, 9);
  });

  it('frames the whole map when the panels cover almost all of it', () => {
    const cam = videoCamera(
      view,
      { width: 375, height: 700 },
      { top: 94, right: 0, bottom: 600, left: 0 },
      screen,
    );
    expect(cam.lat).toBeCloseTo(view.lat, 9);
    expect(cam.zoom).toBeCloseTo(view.zoom + Math.log2(800 / 700), 9);
  });

  it('keeps a turned map turned, and shifts along the turned screen', () => {
    // Facing east (bearing 90), the screen's right is south: a panel on the left moves the middle south.
    const turned = { ...view, bearing: 90 };
    const cam = videoCamera(turned, screen, { top: 0, right: 0, bottom: 0, left: 340 }, screen);
    expect(cam.bearing).toBe(90);
    const [x, y] = project(view.lon, view.lat, view.zoom);
    const [cx, cy] = project(cam.lon, cam.lat, view.zoom);
    expect(cx - x).toBeCloseTo(0, 6);
    expect(cy - y).toBeCloseTo(170, 6);
    expect(videoCamera(view, screen, covered, screen).bearing).toBe(0);
  });
});
