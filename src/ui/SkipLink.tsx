// The page's first Tab stop: straight to the time slider, past the map and its controls. Shown
// only when focused. Handled here, not by the link's #fragment: the hash holds the app's state.
import { shownTotal } from '../state/timeline';

export const SLIDER_ID = 'time-slider';

export function SkipLink() {
  // No slider without events (TimeBar renders nothing): nothing to skip to.
  if (shownTotal.value === 0) return null;
  return (
    <a
      class="skip-link"
      href={`#${SLIDER_ID}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(SLIDER_ID)?.focus();
      }}
    >
      Skip to time slider
    </a>
  );
}
