// Tells screen-reader users what the slider just revealed.
import { formatWhen } from '../data/dates';
import { newlyRevealed } from '../state/timeline';

export function Announcer() {
  const { first, total } = newlyRevealed.value;
  const named = first.map((e) => `${e.title} (${formatWhen(e)})`);
  const more = total > first.length ? ` and ${total - first.length} more` : '';
  return (
    <div class="visually-hidden" aria-live="polite" data-testid="announcer">
      {total > 0 ? `Revealed: ${named.join('; ')}${more}.` : ''}
    </div>
  );
}
