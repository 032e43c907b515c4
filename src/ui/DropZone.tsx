// Files dropped anywhere on the page are imported, or opened when they are story files; while
// dragging, the page says so.
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { openDroppedFile } from '../state/story-file';

const dragging = signal(false);
const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function DropZone({ children }: { children: ComponentChildren }) {
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragging.value = true;
  };
  const leave = (e: DragEvent) => {
    // Leaving for a child element is not leaving the page.
    if (e.relatedTarget === null) dragging.value = false;
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragging.value = false;
    for (const file of Array.from(e.dataTransfer?.files ?? [])) void openDroppedFile(file);
  };
  return (
    // A drop target for files, not a control: the "Add data" button is the keyboard's way in.
    // biome-ignore lint/a11y/noStaticElementInteractions: drag and drop has no keyboard equivalent here
    <div class="drop-zone" onDragEnter={over} onDragOver={over} onDragLeave={leave} onDrop={drop}>
      {children}
      {dragging.value && (
        <div class="drop-hint" aria-hidden="true">
          Drop CSV or GeoJSON files to add them to the map, or a story file to open it
        </div>
      )}
    </div>
  );
}
