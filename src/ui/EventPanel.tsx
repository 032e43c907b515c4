// Event kinds as toggles with live counts at the slider's date, and "show all events".
import { KIND_INFO, KINDS, type Kind } from '../data/kinds';
import { countsByKind, kindsVisible, presentKinds } from '../state/timeline';
import { setKindVisible, showAllEvents } from '../state/timeline-actions';
import { MarkerKey } from './MarkerKey';

function KindToggle({ kind }: { kind: Kind }) {
  const info = KIND_INFO[kind];
  const id = `kind-${kind}`;
  return (
    <li class="kind">
      <input
        id={id}
        type="checkbox"
        data-kind={kind}
        checked={kindsVisible.value.has(kind)}
        onChange={(e) => setKindVisible(kind, e.currentTarget.checked)}
      />
      <label for={id}>
        <span class="dot" style={{ background: info.color }} aria-hidden="true" />
        {info.plural}
        <span class="count" data-count={kind}>
          {countsByKind.value[kind]}
        </span>
      </label>
    </li>
  );
}

export function EventPanel() {
  const present = presentKinds.value;
  if (present.size === 0) return null;
  return (
    <section class="panel events" aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      <ul class="kinds">
        {KINDS.filter((k) => present.has(k)).map((k) => (
          <KindToggle key={k} kind={k} />
        ))}
      </ul>
      <MarkerKey />
      <button type="button" class="show-all" onClick={showAllEvents}>
        Show all events
      </button>
    </section>
  );
}
