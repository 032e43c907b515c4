// What happened, when, where, who said so: every field as text, never as HTML.
import { Fragment } from 'preact';
import { useRef } from 'preact/hooks';
import { formatWhen, lastsPastItsDate } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KIND_INFO, REGIONS } from '../data/kinds';
import { datasets } from '../state/datasets';
import { selected } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { useCardFocus } from './card-focus';
import { dotClass, eventColor } from './event-color';
import { SourceList } from './SourceList';

const DATE_PRECISION = { day: 'exact day', week: 'known to the week', month: 'known to the month' } as const;

/** How well the date is known; for a span, how long it lasted or how well its start is known. */
function dateNote(e: EventRecord): string {
  if (!lastsPastItsDate(e)) return DATE_PRECISION[e.date_precision];
  if (e.date_precision !== 'day') return `start ${DATE_PRECISION[e.date_precision]}`;
  return `lasted ${e.end - e.day + 1} days`;
}

function placeNote(e: EventRecord): string {
  if (e.geo_precision === 'exact') return 'the site itself';
  if (e.geo_precision === 'town') return 'town or city';
  if (e.geo_precision === 'near') return 'near the named site, not at it';
  if (e.geo_precision === 'country') {
    // Named only when the place does not already say it ("Syria (site not given)").
    return `the country only${e.country && !e.place.includes(e.country) ? `: ${e.country}` : ''}`;
  }
  return `only the area is known${e.region ? `: ${REGIONS[e.region].label}` : ''}`;
}

function Status({ e }: { e: EventRecord }) {
  if (e.status === 'denied') return <span class="status denied">Denied by {e.denied_by}</span>;
  return <span class={`status ${e.status}`}>{e.status === 'confirmed' ? 'Confirmed' : 'Reported'}</span>;
}

/** Where an imported event came from, and the columns of its row that have no other place. */
function ImportFacts({ e }: { e: EventRecord }) {
  const d = datasets.value.find((x) => x.id === e.set);
  const facts: [string, string][] = [
    ...(d ? [['Imported from', d.name] as [string, string]] : []),
    ...(e.source_id ? [['Row id', e.source_id] as [string, string]] : []),
    ...(e.event_type
      ? [['ACLED type', [e.event_type, e.sub_event_type].filter(Boolean).join(' — ')] as [string, string]]
      : []),
    ...(e.fatalities !== undefined ? [['Fatalities', String(e.fatalities)] as [string, string]] : []),
    ...(e.extra ?? []),
  ];
  if (facts.length === 0) return null;
  return (
    <dl class="facts">
      {facts.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function EventDetail() {
  const e = selected.value;
  const card = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useCardFocus(e?.id ?? null, card, heading);
  if (!e) return null;
  const color = eventColor(e);
  return (
    <article ref={card} class="panel detail" aria-labelledby="detail-title" data-event={e.id}>
      <p class="kind-line">
        <span class={dotClass(e)} style={{ background: color }} aria-hidden="true" />
        {KIND_INFO[e.kind].label}
        {e.status && (
          <>
            {' · '}
            <Status e={e} />
          </>
        )}
      </p>
      {/* Focusable from script only: the list moves focus here, so a screen reader reads the title. */}
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {e.title}
      </h2>
      {/* After the heading, so Tab from it reaches Close first; drawn in the card's corner. */}
      <button
        type="button"
        class="close"
        aria-label="Close"
        title="Close (Esc)"
        onClick={() => selectEvent(null)}
      >
        ×
      </button>
      <dl>
        <dt>When</dt>
        <dd>
          {formatWhen(e)} <span class="precision">({dateNote(e)})</span>
          {e.date_note && <p class="note">{e.date_note}</p>}
        </dd>
        <dt>Where</dt>
        <dd>
          {e.place} <span class="precision">({placeNote(e)})</span>
        </dd>
        {e.actors.length > 0 && (
          <>
            <dt>Who</dt>
            <dd>{e.actors.join(', ')}</dd>
          </>
        )}
      </dl>
      {e.summary && <p class="summary">{e.summary}</p>}
      {e.note && <p class="note">{e.note}</p>}
      <ImportFacts e={e} />
      {/* Keyed by event, so a copy status never carries over to another event's card. */}
      <SourceList key={e.id} sources={e.sources} />
    </article>
  );
}
