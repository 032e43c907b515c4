// Actions on the imports in the panel's list: show or hide one, remove one (from the map and
// this browser), forget a stored one that no longer reads, dismiss what an import said.
import { batch } from '@preact/signals';
import { removeDataset, updateDataset } from '../import/store';
import { datasets, importMessages } from './datasets';
import { forgetFile, say } from './import-actions';
import { findEvent, selectedId } from './timeline';
import { keepTimeInRange } from './timeline-actions';

export function setDatasetVisible(id: string, on: boolean): void {
  datasets.value = datasets.value.map((d) => (d.id === id ? { ...d, visible: on } : d));
  void updateDataset(id, { visible: on });
}

export async function removeImport(id: string): Promise<void> {
  batch(() => {
    if (findEvent(selectedId.value)?.set === id) selectedId.value = null;
    datasets.value = datasets.value.filter((d) => d.id !== id);
    forgetFile(id);
    importMessages.value = importMessages.value.filter((m) => m.datasetId !== id);
    keepTimeInRange();
  });
  const removed = await removeDataset(id);
  if (!removed.ok) say({ tone: 'error', text: removed.error });
}

/** Deletes a stored import that could not be read back, at the user's word. */
export async function forgetStored(id: string): Promise<void> {
  const removed = await removeDataset(id);
  importMessages.value = importMessages.value.filter((m) => m.storedId !== id);
  if (!removed.ok) say({ tone: 'error', text: removed.error });
}

export function dismissImportMessage(index: number): void {
  importMessages.value = importMessages.value.filter((_, i) => i !== index);
}
