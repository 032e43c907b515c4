// On a narrow screen the side panels cover the map, so they fold away behind this button.

import { signal } from '@preact/signals';
import { createRef } from 'preact';

/** Whether the side panels are shown on a narrow screen (wide screens always show them). */
export const panelsOpen = signal(false);

/** The button, for focus to come back to when what had it folded away with the panels. */
export const panelToggleButton = createRef<HTMLButtonElement>();

/** Where the panels fold away (app.css's narrow layout): below this width they cover the map. */
const NARROW = '(max-width: 699px)';

/**
 * Folds the panels away on a narrow screen, so the map shows what was just chosen in them.
 * Says whether it did: the control chosen is then hidden, and focus cannot return to it.
 */
export function foldPanelsIfNarrow(): boolean {
  if (!panelsOpen.value || !window.matchMedia(NARROW).matches) return false;
  panelsOpen.value = false;
  return true;
}

export function PanelToggle() {
  return (
    <button
      ref={panelToggleButton}
      type="button"
      class="panel-toggle"
      aria-expanded={panelsOpen.value}
      aria-controls="sidebar"
      onClick={() => {
        panelsOpen.value = !panelsOpen.value;
      }}
    >
      {panelsOpen.value ? 'Close panels' : 'Layers & events'}
    </button>
  );
}
