// Opens the app in headless Chromium and records what a browser test needs to judge it:
// console errors, page errors, every request, what the CSP refused, and whether the map's
// `load` fired.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

/** Where the served policy has the browser post what it refused (see server.mjs). */
export const CSP_REPORT_PATH = '/__csp-report';

export async function launch() {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** Catches `window.map` being set so `load` is seen even if it fires before the test looks. */
function watchMapLoad() {
  let current;
  Object.defineProperty(window, 'map', {
    configurable: true,
    get: () => current,
    set(value) {
      current = value;
      window.__mapLoaded = false;
      value?.once('load', () => {
        window.__mapLoaded = true;
      });
    },
  });
}

/** Records what the page's Content-Security-Policy blocked in the document (workers: see cspReport). */
function watchHostile() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}

/** A violation report the browser posted, from the page or any of its workers, in one line. */
function cspReport(request) {
  const report = request.postDataJSON()?.['csp-report'] ?? {};
  const where = report['source-file'] ?? report['document-uri'];
  return `${report['violated-directive']} refused ${report['blocked-uri']} in ${where}`;
}

export async function openApp(browser, url, { width = 1280, height = 800, context: given } = {}) {
  const context = given ?? (await browser.newContext({ viewport: { width, height }, acceptDownloads: true }));
  const page = await context.newPage();
  const log = { errors: [], requests: [], dialogs: [], cspReports: [] };
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(watchHostile);
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => {
    log.requests.push(r.url());
    if (new URL(r.url()).pathname === CSP_REPORT_PATH) log.cspReports.push(cspReport(r));
  });
  await page.addInitScript(watchMapLoad);
  await page.goto(url);
  await waitForMap(page);
  return { page, log, context, close: () => (given ? page.close() : context.close()) };
}

export async function waitForMap(page) {
  await page.waitForFunction(() => window.__mapLoaded === true, null, { timeout: 60_000 });
  await waitIdle(page);
}

/**
 * Resolves when the map has finished rendering what it was asked to, and the page has had two
 * animation frames to render what changed (the list, the counts). A map then idle, with every
 * source loaded and no frame asked for (MapLibre's own `_frameRequest`, set by every change and
 * every layer's triggerRepaint), has nothing left to draw: it is not made to draw a frame it does
 * not need, a whole SwiftShader render each time, many hundreds of times a run.
 */
export function waitIdle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const map = window.map;
        const settle = () => {
          if (map.loaded() && !map.isMoving() && !map._frameRequest) return resolve(true);
          map.once('idle', () => resolve(true));
          map.triggerRepaint();
        };
        requestAnimationFrame(() => requestAnimationFrame(settle));
      }),
  );
}
