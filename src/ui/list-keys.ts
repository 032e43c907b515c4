// The event list's keys: ↑ and ↓ a row, Page Up/Down a view, Home and End to the ends. Read from
// the row the key was pressed on (its aria-posinset), so the list keeps no focus state for them.
import { pageRows } from './list-window';

/** The row a key moves to from row r of `total`, kept inside the list; undefined for other keys. */
export function rowForKey(key: string, r: number, total: number, page: number): number | undefined {
  const to: Record<string, number> = {
    ArrowDown: r + 1,
    ArrowUp: r - 1,
    PageDown: r + page,
    PageUp: r - page,
    Home: 0,
    End: total - 1,
  };
  const next = to[key];
  return next === undefined ? undefined : Math.max(0, Math.min(total - 1, next));
}

/**
 * The row a key press in the list moves focus to, or undefined when the list leaves the key to
 * the browser: another key, a modifier held, or a press that is not on a row.
 */
export function keyTarget(e: KeyboardEvent, total: number, view: number): number | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return undefined;
  const item = (e.target as Element).closest('li[aria-posinset]');
  if (!item) return undefined;
  const r = Number(item.getAttribute('aria-posinset')) - 1;
  return rowForKey(e.key, r, total, pageRows(view));
}

/** The list's key handler: a key that moves takes focus to its row, and nothing else happens. */
export function moveByKey(
  e: KeyboardEvent,
  total: number,
  view: number,
  show: (row: number, focus: boolean) => void,
): void {
  const next = keyTarget(e, total, view);
  if (next === undefined) return;
  e.preventDefault();
  show(next, true);
}
