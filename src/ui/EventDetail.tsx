// What happened, when, where, who said so: every field as text, never as HTML.
import { formatDay } from '../data/dates';
import type { EventRecord } from '../data/events';
import { KIND_INFO, REGIONS } from '../data/kinds';
import { selected } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';

const DATE_PRECISION = { day: 'exact day', week: 'known to the week', month: 'known to the month' } as const;

function placeNote(e: EventRecord): string {
  if (e.geo_precision === 'exact') return 'the site itself';
  if (e.geo_precision === 'town') return 'town or city';
  return `only the area is known${e.region ? `: ${REGIONS[e.region].label}` : ''}`;
}

function Status({ e }: { e: EventRecord }) {
  if (e.status === 'denied') return <span class="status denied">Denied by {e.denied_by}</span>;
  return <span class={`status ${e.status}`}>{e.status === 'confirmed' ? 'Confirmed' : 'Reported'}</span>;
}

export function EventDetail() {
  const e = selected.value;
  if (!e) return null;
  return (
    <article class="panel detail" aria-labelledby="detail-title" data-event={e.id}>
      <button type="button" class="close" aria-label="Close" onClick={() => selectEvent(null)}>
        ×
      </button>
      <p class="kind-line">
        <span class="dot" style={{ background: KIND_INFO[e.kind].color }} aria-hidden="true" />
        {KIND_INFO[e.kind].label} · <Status e={e} />
      </p>
      <h2 id="detail-title">{e.title}</h2>
      <dl>
        <dt>When</dt>
        <dd>
          {formatDay(e.day, e.date_precision)}{' '}
          <span class="precision">({DATE_PRECISION[e.date_precision]})</span>
          {e.date_note && <p class="note">{e.date_note}</p>}
        </dd>
        <dt>Where</dt>
        <dd>
          {e.place} <span class="precision">({placeNote(e)})</span>
        </dd>
        <dt>Who</dt>
        <dd>{e.actors.join(', ')}</dd>
      </dl>
      <p class="summary">{e.summary}</p>
      {e.note && <p class="note">{e.note}</p>}
      <h3>Sources</h3>
      <ul class="sources">
        {e.sources.map((s) => (
          <li key={`${s.seed}-${s.quote}`}>
            <blockquote>{s.quote}</blockquote>
            <cite>
              {s.outlet} <span class="seed">({s.seed})</span>
            </cite>
          </li>
        ))}
      </ul>
    </article>
  );
}
