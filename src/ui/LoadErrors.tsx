// Says what the page could not load (a map layer's data, a font, a tile), so nothing on the map is
// silently missing. An alert: the map the user is looking at is incomplete.
import { dismissLoadErrors, loadErrors, moreLoadErrors } from '../state/load-errors';

export function LoadErrors() {
  const errors = loadErrors.value;
  const more = moreLoadErrors.value;
  if (errors.length === 0) return null;
  return (
    <div class="notice load-errors" role="alert">
      <p>Part of the map could not be loaded, so it is missing. Reloading the page may help:</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
        {more > 0 && <li>… and {more.toLocaleString('en')} more</li>}
      </ul>
      <button type="button" onClick={dismissLoadErrors}>
        Dismiss
      </button>
    </div>
  );
}
