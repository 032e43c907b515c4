// What each import said: the summary line, the first few rejected rows with their reasons, and
// a download of all of them so they can be fixed and imported again.
import { rejectedToCsv } from '../export/csv';
import { download } from '../export/download';
import { rejectedToGeoJson } from '../export/geojson';
import type { ImportMessage, Rejected } from '../state/datasets';
import { dismissImportMessage, forgetStored } from '../state/import-actions';

/** Enough reasons to see the pattern; the download has them all. */
const SHOWN_REASONS = 5;

function downloadRejected(r: Rejected): void {
  const base = r.name.replace(/\.[^.]*$/, '');
  if (r.format === 'geojson')
    download(rejectedToGeoJson(r.errors), `${base}-rejected.geojson`, 'application/geo+json');
  else download(rejectedToCsv(r.errors, r.columns), `${base}-rejected.csv`, 'text/csv');
}

function Reasons({ r }: { r: Rejected }) {
  const more = r.errors.length - SHOWN_REASONS;
  return (
    <>
      <ul class="reasons">
        {r.errors.slice(0, SHOWN_REASONS).map((e, i) => (
          <li key={i}>
            {e.where}: {e.reason}
          </li>
        ))}
        {more > 0 && <li>… and {more.toLocaleString('en')} more</li>}
      </ul>
      <button type="button" class="download-rejected" onClick={() => downloadRejected(r)}>
        Download rejected rows
      </button>
    </>
  );
}

export function ImportMessages({ messages }: { messages: readonly ImportMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <ul class="import-messages" aria-live="polite">
      {messages.map((m, i) => (
        <li key={i} class={`notice import-message ${m.tone}`} data-tone={m.tone}>
          <p>{m.text}</p>
          {m.notes && (
            <ul class="import-notes">
              {m.notes.map((note, j) => (
                <li key={j}>{note}</li>
              ))}
            </ul>
          )}
          {m.rejected && m.rejected.errors.length > 0 && <Reasons r={m.rejected} />}
          {m.storedId && (
            <button type="button" class="forget" onClick={() => forgetStored(m.storedId as string)}>
              Remove it from this browser
            </button>
          )}
          <button type="button" class="dismiss" onClick={() => dismissImportMessage(i)}>
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}
