// A story in embed mode: the step's place in the story, its title and caption, and the way back
// and on, in a bar across the top of a small frame. The sources are one click away, in the full
// map ("Open full map" keeps the step).
import { storyPosition } from '../state/story';
import { nextStep, previousStep } from '../state/story-actions';
import './story.css';

export function StoryBar() {
  const shown = storyPosition.value;
  if (!shown) return null;
  const { step, at, count } = shown;
  return (
    <section class="panel story-bar" aria-labelledby="story-bar-title">
      <div class="story-bar-head">
        <button
          type="button"
          aria-label="Previous step"
          aria-disabled={at === 0}
          onClick={() => at > 0 && previousStep()}
        >
          ◀
        </button>
        <h2 id="story-bar-title">
          <span class="story-count">
            {at + 1}/{count}
          </span>{' '}
          {step.title}
        </h2>
        <button
          type="button"
          aria-label="Next step"
          aria-disabled={at === count - 1}
          onClick={() => at < count - 1 && nextStep()}
        >
          ▶
        </button>
      </div>
      {/* In a very small frame cut to two lines: the live region reads it whole, the full map shows it. */}
      <p class="story-bar-caption">{step.caption}</p>
    </section>
  );
}
