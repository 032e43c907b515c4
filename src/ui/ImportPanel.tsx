// The user's own data: "Add data", one row per imported layer (toggle, colour, count at the
// slider's date, remove), the imports still running, and what each import said.
import { useRef } from 'preact/hooks';
import { shownName } from '../import/file-name';
import { addFile } from '../state/add-file';
import { removeImport, setDatasetVisible } from '../state/dataset-actions';
import { datasets, type ImportedDataset, importJobs, importMessages } from '../state/datasets';
import { cancelImport } from '../state/import-actions';
import { countsBySet } from '../state/timeline';
import { ImportMessages } from './ImportMessages';

const n = (x: number) => x.toLocaleString('en');

function DatasetRow({ d }: { d: ImportedDataset }) {
  const inputId = `dataset-${d.id}`;
  const shown = countsBySet.value.get(d.id);
  return (
    <li class="dataset" data-dataset={d.id} data-storage={d.storage}>
      <input
        id={inputId}
        type="checkbox"
        checked={d.visible}
        onChange={(e) => setDatasetVisible(d.id, e.currentTarget.checked)}
      />
      <label for={inputId}>
        <span class="dot square" style={{ background: d.color }} aria-hidden="true" />
        <bdi class="dataset-name">{shownName(d.name)}</bdi>
        <span class="count" data-count-dataset={d.id} title="On the map at this date / in the file">
          {d.visible ? `${n(shown ?? 0)} / ` : ''}
          {n(d.events.table.count)}
        </span>
      </label>
      <button type="button" class="remove" aria-label={`Remove ${d.name}`} onClick={() => removeImport(d.id)}>
        ×
      </button>
      {d.areas.length > 0 && (
        <p class="toggle-note">{n(d.areas.length)} areas drawn as they are, at every date.</p>
      )}
      {d.storage === 'saving' && <p class="toggle-note">Saving in this browser…</p>}
      {d.storage === 'failed' && (
        <p class="toggle-note">Not saved in this browser: it will not come back after a reload.</p>
      )}
    </li>
  );
}

function Jobs() {
  const jobs = importJobs.value.filter((j) => !j.question);
  if (jobs.length === 0) return null;
  return (
    <ul class="jobs">
      {jobs.map((j) => (
        <li key={j.id} class="job" data-job={j.id}>
          <label for={`job-${j.id}`}>
            Reading “<bdi>{shownName(j.name)}</bdi>”…
          </label>
          <progress id={`job-${j.id}`} max={1} value={j.progress} />
          <button type="button" onClick={() => cancelImport(j.id)}>
            Cancel
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ImportPanel() {
  const input = useRef<HTMLInputElement>(null);
  const list = datasets.value;
  const onPick = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    for (const file of Array.from(el.files ?? [])) void addFile(file, file.name);
    el.value = '';
  };
  return (
    <section class="panel imports" aria-labelledby="imports-heading">
      <h2 id="imports-heading">Your data</h2>
      {list.length > 0 && (
        <ul class="datasets">
          {list.map((d) => (
            <DatasetRow key={d.id} d={d} />
          ))}
        </ul>
      )}
      <Jobs />
      <ImportMessages messages={importMessages.value} />
      <button type="button" class="add-data" onClick={() => input.current?.click()}>
        Add data…
      </button>
      <input
        ref={input}
        type="file"
        class="visually-hidden"
        accept=".csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        onChange={onPick}
      />
      <p class="key-note">
        An ACLED or UCDP GED export (CSV), another CSV with latitude, longitude and date columns, or GeoJSON.
        Or drop files on the map. They stay in this browser only.
      </p>
    </section>
  );
}
