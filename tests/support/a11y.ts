// What the accessibility tests measure in the page: axe-core's WCAG 2.0–2.2 A and AA rules, all
// of them, and every control's size against the 24 × 24 px minimum (WCAG 2.5.8).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeWindow = { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/**
 * Every violation in the page as it is now, one line per element ("rule: selector: why"), so a
 * failure says what to fix. axe goes in by evaluation through DevTools, which the page's
 * Content-Security-Policy does not govern: no script element, and no bypassCSP, is needed.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core did not load');
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    );
  }, WCAG_TAGS);
}

/**
 * Controls on screen smaller than 24 × 24 px, by their text or label. Stricter than axe, which
 * lets a small target pass when it has room around it. Links inside a line of text (the map's
 * credits) are exempt, as WCAG exempts them; so is what is hidden or out of the Tab order.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    return [...controls]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => el.tabIndex >= 0 && !el.closest('.maplibregl-ctrl-attrib-inner'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el, box }) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
        return `${el.tagName.toLowerCase()} “${name}”: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`;
      });
  });
}
