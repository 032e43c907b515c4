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
//
// The pieces: list-window.ts does the arithmetic (rows drawn, where each is placed), list-scroll.ts
// the scroll bar, list-focus.ts the focused row and the rows the list shows itself, list-keys.ts
// the keys.
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { formatWhen } from '../data/dates';
import type { EventRecord } from '../data/events';
import { listNewestFirst, setListNewestFirst } from '../state/list-order';
import { newestShownDay, rowOf, shownRows } from '../state/shown-rows';
import { selectedId, shownCount, shownSets, timeState } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { openCardFrom } from './card-focus';
import { dotClass, eventColor } from './event-color';
import { useListFocus, useShowSelection } from './list-focus';
import { moveByKey } from './list-keys';
import { type ListScroll, useListScroll } from './list-scroll';
import { drawnRange, firstInView, fullyInView, placedTop, ROW } from './list-window';
import { foldPanelsIfNarrow, panelToggleButton } from './PanelToggle';

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

/** A row in the page: the event and its place in the list. */
type Drawn = { e: EventRecord; row: number };

/**
 * The rows this draw puts in the page, the Tab stop among them, and the rows of the focused and
 * the selected events (-1 when they are not in the list).
 */
function useDrawnRows(total: number, scroll: ListScroll, activeId: string | null) {
  const [sets, s, newestFirst] = [shownSets.value, timeState.value, listNewestFirst.value];
  const [first, last] = drawnRange(total, scroll.offset, scroll.view);
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

  // The Tab stop: the row last focused while it is drawn and in view, else the first in view.
  const inView = activeRow >= first && activeRow < last && fullyInView(activeRow, scroll.offset, scroll.view);
  const tabRow = inView ? activeRow : firstInView(total, scroll.offset);
  const drawn: Drawn[] = rows.map((e, i) => ({ e, row: first + i }));
  // The focused row stays in the page while it is scrolled away, just out of sight, so focus
  // is not lost to the page's start; the next ↑ or ↓ brings the list back to it.
  if (activeRow >= 0 && (activeRow < first || activeRow >= last)) {
    const [e] = shownRows(sets, s, activeRow, activeRow + 1, newestFirst);
    if (e) drawn.splice(activeRow < first ? 0 : drawn.length, 0, { e, row: activeRow });
  }
  return { drawn, tabRow, newestDay, selectedRow, newestFirst };
}

/** The rows, virtualised: only those in view (and OVERSCAN either side) are in the page. */
function Rows({ total }: { total: number }) {
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const scroll = useListScroll(box, total);
  const focus = useListFocus(scroll, { box, list });
  const { drawn, tabRow, newestDay, selectedRow, newestFirst } = useDrawnRows(total, scroll, focus.activeId);

  // The scroll bar kept where the offset is when the list's length changes the scale.
  useLayoutEffect(() => {
    if (scroll.scale !== 1) scroll.scrollBarTo(scroll.offset);
  }, [scroll.scale]);
  useShowSelection(selectedRow, focus.show);

  return (
    <div class="list-scroll" ref={box} onScroll={scroll.onScroll}>
      <ol
        ref={list}
        aria-label={newestFirst ? 'Newest first' : 'Oldest first'}
        aria-describedby="event-list-keys"
        style={{ height: `${scroll.track}px` }}
        onKeyDown={(e) => moveByKey(e, total, scroll.view, focus.show)}
        onPointerDown={focus.onPointerDown}
      >
        {drawn.map(({ e, row }) => (
          <Item
            key={`${e.set} ${e.id}`}
            e={e}
            row={row}
            total={total}
            top={placedTop(row, scroll, scroll.scrollTop)}
            newest={e.day === newestDay}
            tabbable={row === tabRow}
            onFocus={focus.onRowFocus}
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
