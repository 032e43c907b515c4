// The event list's focus, as hooks: the row last focused, and rows the list shows itself (a key's
// next row, a new selection, a row focused out of view): scrolled to after the draw that asked,
// then, once drawn in view, focused, and the panels round the list scrolled to it too.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { selectedId } from '../state/timeline';
import type { ListScroll } from './list-scroll';
import { fullyInView } from './list-window';

type Elements = { box: { current: HTMLElement | null }; list: { current: HTMLElement | null } };
/** A row to show; `draws` is how many more draws may pass before it is given up. */
type Pending = { row: number; focus: boolean; scrolled: boolean; draws: number };

/** Whether a pointer is down on the list: the focus that follows is a click's, not to be scrolled to. */
function usePressing() {
  const pressing = useRef(false);
  function onPointerDown() {
    pressing.current = true;
    const release = () => {
      pressing.current = false;
    };
    window.addEventListener('pointerup', release, { once: true, capture: true });
    window.addEventListener('pointercancel', release, { once: true, capture: true });
  }
  return { pressing, onPointerDown };
}

/** Brings the pending row into view, then, once this draw has it there, focuses it. */
function showPending(pending: { current: Pending | null }, scroll: ListScroll, { box, list }: Elements) {
  const p = pending.current;
  if (!p) return;
  if (!p.scrolled) {
    p.scrolled = true;
    scroll.scrollToRow(p.row);
  }
  const b = list.current?.querySelector<HTMLButtonElement>(`li[aria-posinset="${p.row + 1}"] > button`);
  // Placed where this draw put it: in view once the draw that scrolled to it is done.
  if (b && fullyInView(p.row, scroll.offset, scroll.view) && scroll.latest.current.offset === scroll.offset) {
    if (p.focus) b.focus({ preventScroll: true });
    // The panels round the list scrolled to the row; with a capped track, to the list's box,
    // since the browser would also scroll the box by a rounded pixel, and that is rows.
    (scroll.scale === 1 ? b : box.current)?.scrollIntoView({ block: 'nearest' });
    pending.current = null;
  } else if (--p.draws === 0) pending.current = null;
}

/** The row last focused (by id), `show` for a row the list brings into view, and the rows' handlers. */
export function useListFocus(scroll: ListScroll, elements: Elements) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [, redraw] = useState(0);
  const pending = useRef<Pending | null>(null);
  const { pressing, onPointerDown } = usePressing();

  function show(row: number, focus: boolean) {
    pending.current = { row, focus, scrolled: false, draws: 3 };
    redraw((n) => n + 1);
  }

  function onRowFocus(r: number, id: string) {
    setActiveId(id);
    // Focused out of view by Tab or a script, with the track capped: the browser scrolled to
    // where the row was drawn, which is not where it belongs; shown after this draw. (Uncapped,
    // the browser's own scroll is right.)
    const away = !fullyInView(r, scroll.offset, scroll.view);
    if (scroll.scale !== 1 && away && !pressing.current && !pending.current?.focus) show(r, false);
  }

  useLayoutEffect(() => showPending(pending, scroll, elements));
  return { activeId, show, onRowFocus, onPointerDown };
}

/**
 * A newly selected event (from the map, a link) or one that has just come on the map while
 * selected: shown in the list and in the panels round it.
 */
export function useShowSelection(selectedRow: number, show: (row: number, focus: boolean) => void) {
  const shownSelection = useRef<{ id: string | null; listed: boolean }>({ id: null, listed: false });
  useLayoutEffect(() => {
    const id = selectedId.value;
    const before = shownSelection.current;
    shownSelection.current = { id, listed: selectedRow >= 0 };
    if (selectedRow >= 0 && !(before.id === id && before.listed)) show(selectedRow, false);
  }, [selectedId.value, selectedRow]);
}
