// The video export in headless Chromium: a short, small recording read back in the browser (a
// finite duration, the exact size, frames that change, a <video> that seeks), its captions, the
// dialog's accessibility, Cancel leaving the map as it was, and a story of the reader's own
// recorded step by step with a cue per step. One page for every case.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/a11y';
import { type OpenApp, openWithSlider } from './support/app';
import { day, EVENTS } from './support/events';
import { useBrowser } from './support/shared-browser';

const { baseUrl, browser } = useBrowser();
/** mediabunny's browser bundle (a global `Mediabunny`), beside the Node one `require` finds. */
const MEDIABUNNY = join(dirname(createRequire(import.meta.url).resolve('mediabunny')), 'mediabunny.min.cjs');
const [FROM, TO] = ['2025-07-01', '2025-07-20'];

let app: OpenApp;
beforeAll(async () => {
  app = await openWithSlider(browser(), `${baseUrl}#t=2025-08-01`);
});
afterAll(async () => {
  await app?.close();
});

/** What must be the same before and after a recording: the canvas, the camera, the slider, the link. */
const mapState = (page: Page) =>
  page.evaluate(() => {
    const map = window.map;
    const c = map?.getCanvas();
    return {
      canvas: [c?.width, c?.height],
      centre: map
        ?.getCenter()
        .toArray()
        .map((x) => x.toFixed(6)),
      zoom: map?.getZoom().toFixed(6),
      slider: (document.querySelector('#time-slider') as HTMLInputElement | null)?.value,
      hash: window.location.hash,
    };
  });

async function openDialog(page: Page, seconds: number, story?: RegExp) {
  await page.locator('[data-export="video"]').click();
  await page.waitForSelector('dialog.video-dialog[open]');
  if (story) await page.getByRole('radio', { name: story }).check();
  await page.locator('[data-field="seconds"]').fill(String(seconds));
  await page.locator('[data-field="size"]').selectOption('640x360');
  if (!story) {
    await page.locator('[data-field="from"]').fill(FROM);
    await page.locator('[data-field="to"]').fill(TO);
  }
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>('.video-dialog .primary')?.disabled,
  );
}

/**
 * Reads the video back with mediabunny and a <video> element, in a blank page of the app's
 * origin (WebCodecs wants a secure context) served without the app's policy, which allows no
 * media from blob: URLs: the app itself plays none.
 */
async function readBack(page: Page, bytes: Buffer, seconds = 2) {
  const url = `${baseUrl}__read-back.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>read back</title>' }),
  );
  await page.goto(url);
  await page.addScriptTag({ path: MEDIABUNNY });
  return page.evaluate(
    async ({ b64, seconds }) => {
      type MB = typeof import('mediabunny');
      const M = (window as unknown as { Mediabunny: MB }).Mediabunny;
      const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'video/webm' });
      const input = new M.Input({ source: new M.BlobSource(blob), formats: M.ALL_FORMATS });
      const track = await input.getPrimaryVideoTrack();
      if (!track) throw new Error('no video track');
      const sink = new M.CanvasSink(track, { poolSize: 0 });
      const pixels = async (t: number) => {
        const c = (await sink.getCanvas(t))?.canvas as HTMLCanvasElement | undefined;
        return c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      };
      const [first, last] = [await pixels(0), await pixels(seconds - 0.1)];
      let changed = 0;
      for (let i = 0; i < first.length; i += 4)
        if (Math.abs((first[i] ?? 0) - (last[i] ?? 0)) > 24) changed++;
      const video = document.createElement('video');
      video.src = URL.createObjectURL(blob);
      await new Promise((resolve, reject) => {
        video.onloadedmetadata = resolve;
        video.onerror = () => reject(new Error('the <video> could not read the file'));
      });
      video.currentTime = seconds / 2;
      await new Promise((resolve) => {
        video.onseeked = resolve;
      });
      return {
        duration: await input.computeDuration(),
        size: [track.displayWidth, track.displayHeight],
        codec: track.codec,
        changedShare: changed / (first.length / 4),
        elementDuration: video.duration,
        seekedTo: video.currentTime,
      };
    },
    { b64: bytes.toString('base64'), seconds },
  );
}

const goTo = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

/** Records with the dialog as set; the two files it saves, once it says so. */
async function recordAndSave(page: Page): Promise<[Download, Download]> {
  const files: Download[] = [];
  const save = (d: Download) => void files.push(d);
  page.on('download', save);
  const started = Date.now();
  await page.locator('.video-dialog .primary').click();
  await page.waitForFunction(
    () => document.querySelector('.video-status')?.textContent?.startsWith('Saved'),
    null,
    { timeout: 60_000 },
  );
  console.log(`640×360 video recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await expect.poll(() => files.length).toBe(2);
  page.off('download', save);
  return files as [Download, Download];
}

/** Cues as [start, end, text], from the file's own timing lines. */
function cuesOf(vtt: string): [number, number, string][] {
  const seconds = (t: string) => t.split(':').reduce((s, part) => s * 60 + Number(part), 0);
  return vtt
    .trim()
    .split(/\n\n+/)
    .slice(1)
    .map((block) => {
      const [, timing = '', text = ''] = block.split('\n');
      const [a = '', b = ''] = timing.split(' --> ');
      return [seconds(a), seconds(b), text];
    });
}

describe('video export', () => {
  it('records a short video that reads back whole, with its captions beside it', async () => {
    const { page, context } = app;
    const before = await mapState(page);
    await openDialog(page, 2);
    expect(await axeViolations(page)).toEqual([]);
    const [video, captions] = await recordAndSave(page);
    expect(video.suggestedFilename()).toBe('golan-map-2025-07-01-to-2025-07-20.webm');
    expect(captions.suggestedFilename()).toBe('golan-map-2025-07-01-to-2025-07-20.vtt');
    // Polled: the hash follows the restored view up to HASH_WRITE_MS (300 ms) later, more when busy.
    await expect.poll(() => mapState(page)).toEqual(before);

    const blank = await context.newPage();
    const read = await readBack(blank, await readFile(await video.path()));
    await blank.close();
    expect(read.size).toEqual([640, 360]);
    expect(read.codec).toBe('vp9');
    expect(read.duration).toBeCloseTo(2, 1);
    expect(Number.isFinite(read.elementDuration)).toBe(true);
    expect(read.elementDuration).toBeCloseTo(2, 1);
    expect(read.seekedTo).toBeCloseTo(1, 1);
    // Events appeared and the date in the legend moved on: the last frame is not the first.
    expect(read.changedShare).toBeGreaterThan(0.002);

    const vtt = await readFile(await captions.path(), 'utf8');
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    const cues = cuesOf(vtt);
    const inSpan = EVENTS.filter((e) => e.day >= day(FROM) && e.day <= day(TO));
    expect(inSpan.length).toBeGreaterThan(0);
    expect(cues).toHaveLength(inSpan.length);
    for (const e of inSpan) {
      const cue = cues.find(([, , text]) => text.includes(e.title.replace(/&/g, '&amp;')));
      expect(cue, e.title).toBeDefined();
      expect(cue?.[2]).toContain(e.sources[0]?.outlet ?? '');
      // Its cue starts when its day comes: later events later.
      expect(cue?.[0]).toBeGreaterThanOrEqual(0);
      expect(cue?.[1]).toBeLessThanOrEqual(2);
    }
    const starts = inSpan.map(
      (e) => cues.find(([, , t]) => t.includes(e.title.replace(/&/g, '&amp;')))?.[0] ?? -1,
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Close' }).click();
    await page.waitForSelector('dialog.video-dialog', { state: 'detached' });
  });

  it('cancels cleanly: nothing saved, and the map as it was', async () => {
    const { page } = app;
    const before = await mapState(page);
    await openDialog(page, 20);
    let downloads = 0;
    const count = () => downloads++;
    page.on('download', count);
    await page.locator('.video-dialog .primary').click();
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLProgressElement>('#video-progress')?.value) >= 3,
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.video-status')?.textContent?.startsWith('Cancelled'),
    );
    // Polled: the hash follows the restored view up to HASH_WRITE_MS (300 ms) later, more when busy.
    await expect.poll(() => mapState(page)).toEqual(before);
    // Cancel, which had focus, is gone: focus is on Record video again, inside the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Record video');
    page.off('download', count);
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.video-dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('video');
  });

  it('records a story of the reader’s own step by step, a cue per step, and leaves map and story as they were', async () => {
    const { page, context } = app;
    const steps = [
      '#map=8.0/33.1000/36.0000&layers=golan,buffer&t=2025-05-14&event=riyadh-trump-sharaa',
      // The same camera: a flight's frames are each drawn (the unit tests follow the flight).
      '#map=8.0/33.1000/36.0000&layers=golan,sweida&t=2025-07-16&mode=window&win=10',
    ];
    for (const [i, hash] of steps.entries()) {
      await goTo(page, hash);
      await page.waitForFunction(
        (n) => (document.querySelector('#time-slider') as HTMLInputElement).value === n,
        String(day(i ? '2025-07-16' : '2025-05-14')),
      );
      await page.getByRole('button', { name: 'Save view as step' }).click();
    }
    // A link with no date: after the recording it must still have none.
    await goTo(page, '#map=8.2/33.0000/35.9000&layers=golan,buffer');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('map=8.2');
    const before = await mapState(page);
    expect(before.hash).not.toContain('t=');
    // Half a second a step: every frame is encoded, and the suite's time is short.
    await openDialog(page, 1, /^Your story: My story \(2 steps\)/);
    expect(await page.locator('[data-field="from"]').count()).toBe(0);
    const [video, captions] = await recordAndSave(page);
    expect(video.suggestedFilename()).toBe('golan-map-story-my-story.webm');
    expect(captions.suggestedFilename()).toBe('golan-map-story-my-story.vtt');
    await expect.poll(() => mapState(page)).toEqual(before);
    expect(await page.locator('.story-draft-step').count()).toBe(2);
    expect(await page.locator('.story-panel').count()).toBe(0);

    const cues = cuesOf(await readFile(await captions.path(), 'utf8'));
    const sharaa = EVENTS.find((e) => e.id === 'riyadh-trump-sharaa');
    expect(cues.map(([a, b]) => [a, b])).toEqual([
      [0, 0.5],
      [0.5, 1],
    ]);
    expect(cues[0]?.[2]).toBe(
      `Step 1: ${sharaa?.title} — ${sharaa?.title}. (${[...new Set(sharaa?.sources.map((s) => s.outlet))].join(', ')})`,
    );
    expect(cues[1]?.[2]).toBe('Step 2: The map on 16 July 2025 — What the map shows on 16 July 2025.');

    const blank = await context.newPage();
    const read = await readBack(blank, await readFile(await video.path()), 1);
    await blank.close();
    expect(read.size).toEqual([640, 360]);
    expect(read.duration).toBeCloseTo(1, 1);
    expect(Number.isFinite(read.elementDuration)).toBe(true);
    expect(read.seekedTo).toBeCloseTo(0.5, 1);
    // Another date, other layers and another caption: much of the picture changed.
    expect(read.changedShare).toBeGreaterThan(0.05);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.waitForSelector('dialog.video-dialog', { state: 'detached' });
  });
});
