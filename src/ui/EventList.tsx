// The revealed events, newest first unless the reader turns the order round; the newest day's
// highlighted. Choosing one (click, Enter, Space) selects it, flies there and moves focus into
// its card; on a phone the panels fold away, so the map shows it above the card.
import { useEffect, useRef } from 'preact/hooks';
import { formatWhen } from '../data/dates';
import type { EventRecord } from '../data/events';
import { inListOrder, listNewestFirst, setListNewestFirst } from '../state/list-order';
import { LIST_LIMIT, revealed, selectedId, shownCount } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { openCardFrom } from './card-focus';
import { dotClass, eventColor } from './event-color';
import { foldPanelsIfNarrow, panelToggleButton } from './PanelToggle';

function Item({ e, newest }: { e: EventRecord; newest: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  const isSelected = selectedId.value === e.id;
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isSelected]);
  return (
    <li class={`event-item${newest ? ' newest' : ''}`} data-event={e.id}>
      <button
        ref={ref}
        type="button"
        aria-current={isSelected ? 'true' : undefined}
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

export function EventList() {
  const dateOrder = revealed.value;
  const total = shownCount.value;
  const newestDay = dateOrder.at(-1)?.day;
  const list = inListOrder(dateOrder, listNewestFirst.value);
  return (
    <section class="panel event-list" aria-labelledby="event-list-heading">
      <div class="list-head">
        <h2 id="event-list-heading">
          On the map <span class="count">{total}</span>
        </h2>
        {dateOrder.length > 1 && <OrderToggle />}
      </div>
      {total > dateOrder.length && (
        <p class="key-note">
          The newest {LIST_LIMIT} of {total.toLocaleString('en')}; move the slider to see earlier ones.
        </p>
      )}
      {list.length === 0 ? (
        <p class="empty">No events up to this date. Move the slider or press Next.</p>
      ) : (
        <ol aria-label={listNewestFirst.value ? 'Newest first' : 'Oldest first'}>
          {list.map((e) => (
            <Item key={e.id} e={e} newest={e.day === newestDay} />
          ))}
        </ol>
      )}
    </section>
  );
}
