// What each import said: the summary line (file names isolated in <bdi>, as they may be written
// right to left), how it read what the file did not quite say, rows dated far from the rest with
// the offer to drop them, the first few rejected rows with their reasons, and a download of all
// of them so they can be fixed and imported again.
import { rejectedToCsv } from '../export/csv';
import { download } from '../export/download';
import { rejectedToGeoJson } from '../export/geojson';
import { isolatedParts, shownName } from '../import/file-name';
import type { DateOutliers } from '../import/types';
import { answerDuplicate } from '../state/add-file';
import { dismissImportMessage, forgetStored } from '../state/dataset-actions';
import type { ImportMessage, Rejected } from '../state/datasets';
import { dropOutliers } from '../state/import-actions';

/** Enough reasons to see the pattern; the download has them all. */
const SHOWN_REASONS = 5;

function downloadRejected(r: Rejected): void {
  const base = shownName(r.name).replace(/\.[^.]*$/, '') || 'import';
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

/** How the import read what the file did not quite say: one line each. */
const Notes = ({ notes }: { notes: readonly string[] }) => (
  <ul class="import-notes">
    {notes.map((note, i) => (
      <li key={i}>{note}</li>
    ))}
  </ul>
);

/** Rows dated far from the rest, and the offer to drop them from the import. */
function Outliers({ datasetId, o }: { datasetId: string; o: DateOutliers }) {
  const which = o.count === 1 ? `this ${o.noun}` : `these ${o.count.toLocaleString('en')} ${o.noun}s`;
  return (
    <div class="outliers">
      <p>{o.text}</p>
      <button type="button" class="drop-outliers" onClick={() => dropOutliers(datasetId, o.keep)}>
        Drop {which}
      </button>
    </div>
  );
}

/** A message's text, each file name in it in a <bdi> of its own (as text, never as markup). */
const Said = ({ text }: { text: string }) => (
  <p>{isolatedParts(text).map((part, i) => (part.isolated ? <bdi key={i}>{part.text}</bdi> : part.text))}</p>
);

/** A file added a second time: add it again, or skip it. */
const AddAgain = ({ m }: { m: ImportMessage }) => (
  <div class="actions">
    <button type="button" class="add-again" onClick={() => answerDuplicate(m, true)}>
      Add again
    </button>
    <button type="button" class="skip" onClick={() => answerDuplicate(m, false)}>
      Skip
    </button>
  </div>
);

function Message({ m, index }: { m: ImportMessage; index: number }) {
  return (
    <li class={`notice import-message ${m.tone}`} data-tone={m.tone}>
      <Said text={m.text} />
      {m.notes && <Notes notes={m.notes} />}
      {m.outliers && m.datasetId && <Outliers datasetId={m.datasetId} o={m.outliers} />}
      {m.rejected && m.rejected.errors.length > 0 && <Reasons r={m.rejected} />}
      {m.duplicate && <AddAgain m={m} />}
      {m.storedId && (
        <button type="button" class="forget" onClick={() => forgetStored(m.storedId as string)}>
          Remove it from this browser
        </button>
      )}
      {!m.duplicate && (
        <button type="button" class="dismiss" onClick={() => dismissImportMessage(index)}>
          Dismiss
        </button>
      )}
    </li>
  );
}

export function ImportMessages({ messages }: { messages: readonly ImportMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <ul class="import-messages" aria-live="polite">
      {messages.map((m, i) => (
        <Message key={i} m={m} index={i} />
      ))}
    </ul>
  );
}
