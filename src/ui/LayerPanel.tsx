// Layer toggles, each a labelled checkbox with its legend entry. Writes state only through actions.
import { TOGGLES, type ToggleId } from '../layers/ids';
import { LEGEND } from '../layers/legend';
import { COLOR } from '../layers/theme';
import { setLayerVisible } from '../state/actions';
import { visible } from '../state/store';
import { SwatchIcon } from './SwatchIcon';

function Toggle({ id }: { id: ToggleId }) {
  const entry = LEGEND[id];
  const inputId = `toggle-${id}`;
  return (
    <li class="toggle">
      <input
        id={inputId}
        type="checkbox"
        data-layer={id}
        checked={visible.value.has(id)}
        onChange={(e) => setLayerVisible(id, e.currentTarget.checked)}
        aria-describedby={`${inputId}-note`}
      />
      <label for={inputId}>
        <SwatchIcon swatch={entry.swatch} />
        <span class="toggle-label">{entry.label}</span>
      </label>
      <p id={`${inputId}-note`} class="toggle-note">
        {entry.note}
      </p>
    </li>
  );
}

/** Basemap symbols that have no toggle but still need explaining. */
function BasemapKey() {
  return (
    <ul class="key">
      <li>
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" stroke={COLOR.border} stroke-width="1.5" />
        </svg>
        International border
      </li>
      <li>
        <svg width="28" height="8" aria-hidden="true">
          <line
            x1="0"
            y1="4"
            x2="28"
            y2="4"
            stroke={COLOR.border}
            stroke-width="1.5"
            stroke-dasharray="4 3"
          />
        </svg>
        Ceasefire or armistice line
      </li>
    </ul>
  );
}

export function LayerPanel() {
  return (
    <details class="panel layers" open>
      <summary>
        <h2>Map layers</h2>
      </summary>
      <ul class="toggles">
        {TOGGLES.map((id) => (
          <Toggle key={id} id={id} />
        ))}
      </ul>
      <BasemapKey />
    </details>
  );
}
