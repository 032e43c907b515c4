// Tells screen-reader users what the slider just revealed.
import { formatDay } from '../data/dates';
import { newlyRevealed } from '../state/timeline';

const MAX_NAMED = 3;

export function Announcer() {
  const list = newlyRevealed.value;
  const named = list.slice(0, MAX_NAMED).map((e) => `${e.title} (${formatDay(e.day, e.date_precision)})`);
  const more = list.length > MAX_NAMED ? ` and ${list.length - MAX_NAMED} more` : '';
  return (
    <div class="visually-hidden" aria-live="polite" data-testid="announcer">
      {list.length > 0 ? `Revealed: ${named.join('; ')}${more}.` : ''}
    </div>
  );
}
