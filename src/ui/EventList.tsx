// The revealed events in date order, newest highlighted. Clicking one selects it and flies there.
import { useEffect, useRef } from 'preact/hooks';
import { formatWhen } from '../data/dates';
import type { EventRecord } from '../data/events';
import { LIST_LIMIT, revealed, selectedId, shownCount } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { dotClass, eventColor } from './event-color';

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
        onClick={() => selectEvent(e.id, { fly: true })}
      >
        <span class={dotClass(e)} style={{ background: eventColor(e) }} aria-hidden="true" />
        <span class="when">{formatWhen(e)}</span>
        <span class="what">{e.title}</span>
      </button>
    </li>
  );
}

export function EventList() {
  const list = revealed.value;
  const total = shownCount.value;
  const newestDay = list.at(-1)?.day;
  return (
    <section class="panel event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">
        On the map <span class="count">{total}</span>
      </h2>
      {total > list.length && (
        <p class="key-note">
          The newest {LIST_LIMIT} of {total.toLocaleString('en')}; move the slider to see earlier ones.
        </p>
      )}
      {list.length === 0 ? (
        <p class="empty">No events up to this date. Move the slider or press Next.</p>
      ) : (
        <ol>
          {list.map((e) => (
            <Item key={e.id} e={e} newest={e.day === newestDay} />
          ))}
        </ol>
      )}
    </section>
  );
}
