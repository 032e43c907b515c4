// `npm run screenshot [-- out.png] [-- '#hash']`: the README's picture, taken in headless Chromium.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch, openApp } from './support/page.mjs';
import { buildAndServe } from './support/server.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const hash = process.argv[3] ?? '';
const server = await buildAndServe();
const browser = await launch();
try {
  const { page, log } = await openApp(browser, `${server.url}${hash}`, { width: 1280, height: 800 });
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  if (log.errors.length) console.error(`console errors:\n${log.errors.join('\n')}`);
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
