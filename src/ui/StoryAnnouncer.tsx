// Says each step as it is shown (where in the story, its title and caption), politely. Always in
// the page, so the first step is heard too: a live region added with its text is not read.
import { stepAnnouncement } from '../state/story';

export function StoryAnnouncer() {
  return (
    <div class="visually-hidden" aria-live="polite" data-testid="story-announcer">
      {stepAnnouncement.value}
    </div>
  );
}
