// The event list's virtual window as plain numbers: which rows are drawn, where each is placed,
// and how the scroll bar maps to the list once the list is too tall for a box. EventList.tsx
// says why it works this way; this is the arithmetic, so it is tested without a page.

/** A row's height in px: app.css lays a row out to fit it (a date line and two lines of title). */
export const ROW = 56;
/** Rows drawn beyond each edge of the view, so the next one is there for ↑ ↓ and a quick scroll. */
export const OVERSCAN = 4;
/** A list this long or shorter is drawn whole. */
export const ALL_UP_TO = 100;
/** The tallest track, in px: under every browser's limit on a box's height (Firefox's ~17.9 M). */
export const MAX_TRACK = 15_000_000;
/** The scroll box's height (its max-height in app.css) until it is measured. */
export const VIEW = 260;

/** Where the view is on the list (px down the whole list) and how the scroll bar maps to it. */
export type ListWindow = {
  /** The <ol>'s height: the whole list, capped at MAX_TRACK. */
  track: number;
  /** The view's height: the box's, no taller than the track. */
  view: number;
  /** The furthest down the list the view can be. */
  maxOffset: number;
  /** How far down the whole list the view is. */
  offset: number;
  /** Scroll position ↔ offset into the list: equal (1), unless the track is capped. */
  scale: number;
};

/** The window of a list of `total` rows in a box `boxHeight` tall, the view `offset` px down. */
export function windowOf(total: number, boxHeight: number, offset: number): ListWindow {
  const track = Math.min(total * ROW, MAX_TRACK);
  const view = Math.min(boxHeight, track);
  const maxOffset = Math.max(0, total * ROW - view);
  const scale = track > view && total * ROW > track ? maxOffset / (track - view) : 1;
  return { track, view, maxOffset, offset: Math.min(offset, maxOffset), scale };
}

/** The rows [first, last) in the page: a short list whole, else those in view and OVERSCAN more. */
export const drawnRange = (total: number, offset: number, view: number): [number, number] =>
  total <= ALL_UP_TO
    ? [0, total]
    : [
        Math.max(0, Math.floor(offset / ROW) - OVERSCAN),
        Math.min(total, Math.ceil((offset + view) / ROW) + OVERSCAN),
      ];

/** The offset that shows row r whole, moved as little as that takes. */
export function offsetShowing(r: number, w: Pick<ListWindow, 'offset' | 'view' | 'maxOffset'>): number {
  const y = r * ROW;
  return Math.max(0, Math.min(w.maxOffset, y < w.offset ? y : Math.max(w.offset, y + ROW - w.view)));
}

/**
 * Where row r is drawn in the <ol>: where it belongs, or with a capped track, as far from the
 * scroll position as it is from the offset. Kept inside ±2 tracks (the <ol> clips what is out).
 */
export const placedTop = (r: number, w: ListWindow, scrollTop: number): number =>
  Math.max(-w.track, Math.min(2 * w.track, w.scale === 1 ? r * ROW : scrollTop + r * ROW - w.offset));

/** Whether row r is wholly in a view `view` px tall, `offset` px down the list. */
export const fullyInView = (r: number, offset: number, view: number): boolean =>
  r * ROW >= offset && (r + 1) * ROW <= offset + view;

/** The first row whose top is in view. */
export const firstInView = (total: number, offset: number): number =>
  Math.min(total - 1, Math.ceil(offset / ROW));

/** How many rows Page Up and Page Down move: a view less one row, and at least one. */
export const pageRows = (view: number): number => Math.max(1, Math.floor(view / ROW) - 1);
