// The event list's scrolling, as a hook: where the view is on the list (kept exact, even when the
// scroll bar is scaled to a capped track), the scroll bar moved to match an offset the list
// chooses, and the reader's own scrolling read back from it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ListWindow, offsetShowing, VIEW, windowOf } from './list-window';

type Box = { current: HTMLElement | null };

/** The scroll box's height: its max-height, once it has one to read (not while folded away). */
function useViewHeight(box: Box): number {
  const [height, setHeight] = useState(VIEW);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const max = Number.parseFloat(getComputedStyle(el).maxHeight);
      if (Number.isFinite(max) && max > 0) setHeight(max);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
  return height;
}

export type ListScroll = ListWindow & {
  /** The scroll bar's position the rows of this draw are placed from. */
  scrollTop: number;
  /** The window as it is now: scrollToRow moves its offset at once, before the draw it asks for. */
  latest: { current: Pick<ListWindow, 'offset' | 'view' | 'scale' | 'maxOffset'> };
  /** Scrolls as little as shows row r whole; the offset is kept exact, the scroll bar follows. */
  scrollToRow: (r: number) => void;
  /** Moves the scroll bar to match an offset the list chose. */
  scrollBarTo: (offset: number) => void;
  /** The box's scroll handler: the reader's scrolling becomes the offset. */
  onScroll: () => void;
};

export function useListScroll(box: Box, total: number): ListScroll {
  /** How far down the whole list the view is, in px, and the scroll bar's position for it. */
  const [at, setAt] = useState({ offset: 0, scrollTop: 0 });
  /** A scroll position the list set itself: its scroll event is not the reader's. */
  const ownScroll = useRef<number | null>(null);
  const w = windowOf(total, useViewHeight(box), at.offset);
  const now = { offset: w.offset, view: w.view, scale: w.scale, maxOffset: w.maxOffset };
  const latest = useRef(now);
  latest.current = now;

  function scrollToRow(r: number) {
    const g = latest.current;
    const next = offsetShowing(r, g);
    if (next === g.offset) return;
    g.offset = next;
    scrollBarTo(next);
  }

  // With a capped track the bar's position is rounded to a pixel: the rows are placed from where
  // it is, and its scroll event, which would take the offset from it, is skipped.
  function scrollBarTo(offset: number) {
    const el = box.current;
    if (!el) return;
    const before = el.scrollTop;
    el.scrollTop = offset / latest.current.scale;
    ownScroll.current = latest.current.scale !== 1 && el.scrollTop !== before ? el.scrollTop : null;
    setAt({ offset, scrollTop: el.scrollTop });
  }

  function onScroll() {
    const el = box.current;
    if (!el) return;
    const own = ownScroll.current;
    ownScroll.current = null;
    if (own !== null && Math.abs(el.scrollTop - own) < 1) return;
    setAt({ offset: el.scrollTop * latest.current.scale, scrollTop: el.scrollTop });
  }

  return { ...w, scrollTop: at.scrollTop, latest, scrollToRow, scrollBarTo, onScroll };
}
