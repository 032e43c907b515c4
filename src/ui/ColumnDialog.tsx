// Asks which columns hold what when the parser could not tell: one select per field, a few rows
// of the file to judge by, and Import / Cancel. Column names and values are shown as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import { shownName } from '../import/file-name';
import type { ColumnMapping, NeedsMapping } from '../import/types';
import { importJobs } from '../state/datasets';
import { answerQuestion, cancelImport } from '../state/import-actions';

const FIELDS: { key: keyof ColumnMapping; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'lat', label: 'Latitude' },
  { key: 'lon', label: 'Longitude' },
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind of event' },
  { key: 'place', label: 'Place name' },
  { key: 'notes', label: 'Notes' },
];

function Sample({ q }: { q: NeedsMapping }) {
  const rows = q.sample.slice(0, 3);
  return (
    <div class="sample">
      <table>
        <thead>
          <tr>
            {q.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {q.columns.map((c) => (
                <td key={c}>{r.get(c) ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One click for the commonest mistake: the latitude and longitude columns picked the wrong way round. */
function SwapButton({ mapping, onSwap }: { mapping: ColumnMapping; onSwap: (m: ColumnMapping) => void }) {
  if (!mapping.lat || !mapping.lon) return null;
  return (
    <button
      type="button"
      class="swap-axes"
      onClick={() => onSwap({ ...mapping, lat: mapping.lon, lon: mapping.lat })}
    >
      Swap latitude and longitude
    </button>
  );
}

/** Why the dialog is open: the names did not say, or the points as read look swapped. */
const Why = ({ q }: { q: NeedsMapping }) =>
  q.problem ? (
    <p class="column-problem">{q.problem}</p>
  ) : (
    <p>The file's column names did not say for sure. Pick them; the fields marked * are needed.</p>
  );

function Form({ jobId, name, q }: { jobId: string; name: string; q: NeedsMapping }) {
  const [mapping, setMapping] = useState<ColumnMapping>(q.guess);
  const fields = FIELDS.filter((f) => q.format !== 'geojson' || (f.key !== 'lat' && f.key !== 'lon'));
  const missing = q.required.filter((k) => !mapping[k]);
  const submit = (e: Event) => {
    e.preventDefault();
    if (missing.length === 0) answerQuestion(jobId, mapping);
  };
  return (
    <form method="dialog" onSubmit={submit}>
      <h2 id="column-dialog-title">
        Which columns are which in “<bdi>{shownName(name)}</bdi>”?
      </h2>
      <Why q={q} />
      {fields.map(({ key, label }) => (
        <label key={key} class="field">
          <span>
            {label}
            {q.required.includes(key) ? ' *' : ''}
          </span>
          <select
            data-field={key}
            value={mapping[key] ?? ''}
            onChange={(e) => setMapping({ ...mapping, [key]: e.currentTarget.value || undefined })}
          >
            <option value="">(none)</option>
            {q.columns.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      ))}
      {q.format === 'csv' && <SwapButton mapping={mapping} onSwap={setMapping} />}
      <Sample q={q} />
      <div class="actions">
        <button type="button" onClick={() => cancelImport(jobId)}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={missing.length > 0}>
          Import
        </button>
      </div>
    </form>
  );
}

export function ColumnDialog() {
  const job = importJobs.value.find((j) => j.question);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (job && d && !d.open) d.showModal();
  }, [job]);
  if (!job?.question) return null;
  return (
    <dialog
      ref={ref}
      class="panel column-dialog"
      aria-labelledby="column-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        cancelImport(job.id);
      }}
    >
      <Form key={job.id} jobId={job.id} name={job.name} q={job.question} />
    </dialog>
  );
}
