// The video export's speed, for `npm run bench`: the app itself records 2 s at 1280×720 through
// its own dialog (every day of the curated events, 60 frames at 30 fps), and the figure is frames
// per second from "Record video" to both files saved: drawing, encoding and muxing together.

export const VIDEO_SECONDS = 2;
const FPS = 30;

/** Opens the app, records, and returns { video_fps, ms }; `saveAs` keeps a copy of the video. */
export async function measureVideo(browser, appUrl, { saveAs } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForFunction(() => window.map?.loaded() && document.querySelector('#time-slider'), null, {
      timeout: 60_000,
    });
    await page.locator('[data-export="video"]').click();
    await page.locator('[data-field="seconds"]').fill(String(VIDEO_SECONDS));
    await page.locator('[data-field="size"]').selectOption('1280x720');
    await page.waitForFunction(() => !document.querySelector('.video-dialog .primary')?.disabled);
    const saved = [];
    page.on('download', (d) => saved.push(d));
    const started = performance.now();
    await page.locator('.video-dialog .primary').click();
    await page.waitForFunction(
      () => document.querySelector('.video-status')?.textContent?.startsWith('Saved'),
      null,
      {
        timeout: 300_000,
      },
    );
    const ms = performance.now() - started;
    const video = saved.find((d) => !d.suggestedFilename().endsWith('.vtt'));
    if (saveAs) await video?.saveAs(saveAs);
    return { video_fps: (VIDEO_SECONDS * FPS) / (ms / 1000), ms };
  } finally {
    await context.close();
  }
}
