// On a narrow screen the side panels cover the map, so they fold away behind this button.
import { signal } from '@preact/signals';

/** Whether the side panels are shown on a narrow screen (wide screens always show them). */
export const panelsOpen = signal(false);

export function PanelToggle() {
  return (
    <button
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
