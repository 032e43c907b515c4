// Every event on the map, newest first unless the reader turns the order round; the newest day's
// highlighted. Choosing one (click, Enter, Space) selects it, flies there and moves focus into
// its card; on a phone the panels fold away, so the map shows it above the card.
//
// A million rows would not fit in the page, so the list draws only the rows in view (and a few
// either side), asking state/shown-rows.ts for just those: a time step or a scroll costs the rows
// drawn, not the events. Rows are ROW px tall and placed where they belong in an <ol> of count ×
// ROW px, so the browser scrolls them itself (and its own scrolling to a focused or found row
// just works). Past MAX_TRACK px (about a quarter of a million rows) the <ol> stays MAX_TRACK tall,
// since browsers cap a box's height, and the scroll position is scaled to the list: the drawn rows
// are then placed round the scroll position by the list's offset. A short list (the curated story)
// is drawn whole, so find-in-page finds any of it.
//
// The keyboard: the list is one Tab stop (the row last focused, else the first in view); ↑ and ↓
// move row by row, Page Up/Down by a view, Home and End to the ends, scrolling as they go. Each
// row says where it is (aria-posinset of aria-setsize), so a screen reader knows the list's size.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatWhen } from '../data/dates';
import type { EventRecord } from '../data/events';
import { listNewestFirst, setListNewestFirst } from '../state/list-order';
import { newestShownDay, rowOf, shownRows } from '../state/shown-rows';
import { selectedId, shownCount, shownSets, timeState } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { openCardFrom } from './card-focus';
import { dotClass, eventColor } from './event-color';
import { foldPanelsIfNarrow, panelToggleButton } from './PanelToggle';

/** A row's height in px: app.css lays a row out to fit it (a date line and two lines of title). */
const ROW = 56;
/** Rows drawn beyond each edge of the view, so the next one is there for ↑ ↓ and a quick scroll. */
const OVERSCAN = 4;
/** A list this long or shorter is drawn whole. */
const ALL_UP_TO = 100;
/** The tallest track, in px: under every browser's limit on a box's height (Firefox's ~17.9 M). */
const MAX_TRACK = 15_000_000;
/** The scroll box's height (its max-height in app.css) until it is measured. */
const VIEW = 260;

type ItemProps = {
  e: EventRecord;
  row: number;
  total: number;
  top: number;
  newest: boolean;
  tabbable: boolean;
  onFocus: (row: number, id: string) => void;
};

function Item({ e, row, total, top, newest, tabbable, onFocus }: ItemProps) {
  const isSelected = selectedId.value === e.id;
  return (
    <li
      class={`event-item${newest ? ' newest' : ''}`}
      data-event={e.id}
      aria-setsize={total}
      aria-posinset={row + 1}
      style={{ top: `${top}px`, height: `${ROW}px` }}
    >
      <button
        type="button"
        tabIndex={tabbable ? 0 : -1}
        aria-current={isSelected ? 'true' : undefined}
        onFocus={() => onFocus(row, e.id)}
        onClick={(click) => {
          selectEvent(e.id, { fly: true });
          const folded = foldPanelsIfNarrow();
          openCardFrom((folded && panelToggleButton.current) || click.currentTarget);
        }}
      >
        <span class={dotClass(e)} style={{ background: eventColor(e) }} aria-hidden="true" />
        <span class="when">{formatWhen(e)}</span>
        <span class="what">{e.title}</span>
      </button>
    </li>
  );
}

/** A checkbox, not a sort button: its state ("oldest first", on or off) is read out as it is. */
function OrderToggle() {
  return (
    <label class="list-order">
      <input
        type="checkbox"
        checked={!listNewestFirst.value}
        onChange={(e) => setListNewestFirst(!e.currentTarget.checked)}
      />
      Oldest first
    </label>
  );
}

/** The scroll box's height: its max-height, once it has one to read (not while folded away). */
function useViewHeight(box: { current: HTMLElement | null }): number {
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

/** The rows, virtualised: only those in view (and OVERSCAN either side) are in the page. */
function Rows({ total }: { total: number }) {
  const sets = shownSets.value;
  const s = timeState.value;
  const newestFirst = listNewestFirst.value;
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  /** How far down the whole list the view is, in px, and the scroll bar's position for it. */
  const [at, setAt] = useState({ offset: 0, scrollTop: 0 });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [, redraw] = useState(0);
  /** A scroll position the list set itself: its scroll event is not the reader's. */
  const ownScroll = useRef<number | null>(null);
  /**
   * A row to show (and focus): the list scrolls to it after the draw that asked, then, once it is
   * drawn in view, it is focused and the panels round the list scroll to it too.
   */
  const pending = useRef<{ row: number; focus: boolean; scrolled: boolean; draws: number } | null>(null);

  const track = Math.min(total * ROW, MAX_TRACK);
  const view = Math.min(useViewHeight(box), track);
  const maxOffset = Math.max(0, total * ROW - view);
  const offset = Math.min(at.offset, maxOffset);
  /** Scroll position ↔ offset into the list: equal, unless the track is capped. */
  const scale = track > view && total * ROW > track ? maxOffset / (track - view) : 1;
  const geometry = useRef({ offset, view, scale, maxOffset });
  geometry.current = { offset, view, scale, maxOffset };

  const [first, last] =
    total <= ALL_UP_TO
      ? [0, total]
      : [
          Math.max(0, Math.floor(offset / ROW) - OVERSCAN),
          Math.min(total, Math.ceil((offset + view) / ROW) + OVERSCAN),
        ];
  const rows = useMemo(
    () => shownRows(sets, s, first, last, newestFirst),
    [sets, s, first, last, newestFirst],
  );
  const newestDay = useMemo(() => newestShownDay(sets, s), [sets, s]);
  const activeRow = useMemo(
    () => (activeId === null ? -1 : rowOf(sets, s, activeId, newestFirst)),
    [sets, s, activeId, newestFirst],
  );
  const selectedRow = useMemo(() => {
    const id = selectedId.value;
    return id === null ? -1 : rowOf(sets, s, id, newestFirst);
  }, [sets, s, selectedId.value, newestFirst]);

  /** Scrolls as little as shows row r whole; the offset is kept exact, the scroll bar follows. */
  function scrollToRow(r: number) {
    const g = geometry.current;
    const y = r * ROW;
    const next = Math.max(0, Math.min(g.maxOffset, y < g.offset ? y : Math.max(g.offset, y + ROW - g.view)));
    if (next === g.offset) return;
    g.offset = next;
    scrollBarTo(next);
  }

  /**
   * Moves the scroll bar to match an offset the list chose. With a capped track the bar's
   * position is rounded to a pixel: the rows are placed from where it is, and its scroll event,
   * which would take the offset from it, is skipped.
   */
  function scrollBarTo(offset: number) {
    const el = box.current;
    if (!el) return;
    const before = el.scrollTop;
    el.scrollTop = offset / geometry.current.scale;
    ownScroll.current = geometry.current.scale !== 1 && el.scrollTop !== before ? el.scrollTop : null;
    setAt({ offset, scrollTop: el.scrollTop });
  }

  /**
   * Where row r is drawn in the <ol>: where it belongs, or with a capped track, as far from the
   * scroll position as it is from the offset. Kept inside ±2 tracks (the <ol> clips what is out).
   */
  const placed = (r: number) =>
    Math.max(-track, Math.min(2 * track, scale === 1 ? r * ROW : at.scrollTop + r * ROW - offset));

  /** Whether row r is wholly in view as this draw places the rows. */
  const fullyInView = (r: number) => r * ROW >= offset && (r + 1) * ROW <= offset + view;

  function onScroll() {
    const el = box.current;
    if (!el) return;
    const own = ownScroll.current;
    ownScroll.current = null;
    if (own !== null && Math.abs(el.scrollTop - own) < 1) return;
    setAt({ offset: el.scrollTop * geometry.current.scale, scrollTop: el.scrollTop });
  }

  function show(row: number, focus: boolean) {
    pending.current = { row, focus, scrolled: false, draws: 3 };
    redraw((n) => n + 1);
  }

  /** A pointer is down on the list: the focus that follows is a click's, not to be scrolled to. */
  const pressing = useRef(false);
  function onPointerDown() {
    pressing.current = true;
    const release = () => {
      pressing.current = false;
    };
    window.addEventListener('pointerup', release, { once: true, capture: true });
    window.addEventListener('pointercancel', release, { once: true, capture: true });
  }

  function onRowFocus(r: number, id: string) {
    setActiveId(id);
    // Focused out of view by Tab or a script, with the track capped: the browser scrolled to
    // where the row was drawn, which is not where it belongs; shown after this draw. (Uncapped,
    // the browser's own scroll is right.)
    if (scale !== 1 && !fullyInView(r) && !pressing.current && !pending.current?.focus) show(r, false);
  }

  const button = (r: number) =>
    list.current?.querySelector<HTMLButtonElement>(`li[aria-posinset="${r + 1}"] > button`);

  function onKeyDown(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const item = (e.target as Element).closest('li[aria-posinset]');
    if (!item) return;
    const r = Number(item.getAttribute('aria-posinset')) - 1;
    const page = Math.max(1, Math.floor(view / ROW) - 1);
    const to: Record<string, number> = {
      ArrowDown: r + 1,
      ArrowUp: r - 1,
      PageDown: r + page,
      PageUp: r - page,
      Home: 0,
      End: total - 1,
    };
    const next = to[e.key];
    if (next === undefined) return;
    e.preventDefault();
    show(Math.max(0, Math.min(total - 1, next)), true);
  }

  useLayoutEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (!p.scrolled) {
      p.scrolled = true;
      scrollToRow(p.row);
    }
    const b = button(p.row);
    // Placed where this draw put it: in view once the draw that scrolled to it is done.
    if (b && fullyInView(p.row) && geometry.current.offset === offset) {
      if (p.focus) b.focus({ preventScroll: true });
      // The panels round the list scrolled to the row; with a capped track, to the list's box,
      // since the browser would also scroll the box by a rounded pixel, and that is rows.
      (scale === 1 ? b : box.current)?.scrollIntoView({ block: 'nearest' });
      pending.current = null;
    } else if (--p.draws === 0) pending.current = null;
  });

  // The scroll bar kept where the offset is when the list's length changes the scale.
  useLayoutEffect(() => {
    if (scale !== 1) scrollBarTo(offset);
  }, [scale]);

  // A newly selected event (from the map, a link) or one that has just come on the map while
  // selected: shown in the list and in the panels round it.
  const shownSelection = useRef<{ id: string | null; listed: boolean }>({ id: null, listed: false });
  useLayoutEffect(() => {
    const id = selectedId.value;
    const before = shownSelection.current;
    shownSelection.current = { id, listed: selectedRow >= 0 };
    if (selectedRow >= 0 && !(before.id === id && before.listed)) show(selectedRow, false);
  }, [selectedId.value, selectedRow]);

  // The Tab stop: the row last focused while it is drawn and in view, else the first in view.
  const firstInView = Math.min(total - 1, Math.ceil(offset / ROW));
  const tabRow = activeRow >= first && activeRow < last && fullyInView(activeRow) ? activeRow : firstInView;
  const drawn = rows.map((e, i) => ({ e, row: first + i }));
  // The focused row stays in the page while it is scrolled away, just out of sight, so focus
  // is not lost to the page's start; the next ↑ or ↓ brings the list back to it.
  if (activeRow >= 0 && (activeRow < first || activeRow >= last)) {
    const [e] = shownRows(sets, s, activeRow, activeRow + 1, newestFirst);
    if (e) drawn.splice(activeRow < first ? 0 : drawn.length, 0, { e, row: activeRow });
  }

  return (
    <div class="list-scroll" ref={box} onScroll={onScroll}>
      <ol
        ref={list}
        aria-label={newestFirst ? 'Newest first' : 'Oldest first'}
        aria-describedby="event-list-keys"
        style={{ height: `${track}px` }}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
      >
        {drawn.map(({ e, row }) => (
          <Item
            key={`${e.set} ${e.id}`}
            e={e}
            row={row}
            total={total}
            top={placed(row)}
            newest={e.day === newestDay}
            tabbable={row === tabRow}
            onFocus={onRowFocus}
          />
        ))}
      </ol>
    </div>
  );
}

export function EventList() {
  const total = shownCount.value;
  return (
    <section class="panel event-list" aria-labelledby="event-list-heading">
      <div class="list-head">
        <h2 id="event-list-heading">
          On the map <span class="count">{total}</span>
        </h2>
        {total > 1 && <OrderToggle />}
      </div>
      {total === 0 ? (
        <p class="empty">No events up to this date. Move the slider or press Next.</p>
      ) : (
        <>
          <Rows total={total} />
          <p class="key-note list-keys" id="event-list-keys">
            ↑ ↓ move through the list, Home and End to its ends.
          </p>
        </>
      )}
    </section>
  );
}
