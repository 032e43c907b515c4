// The open story: where in it the reader is, the step's title and caption, the events it is
// about and the sources it rests on, and the way on, back and out. ←/→ and Page Up/Down step
// while the panel has focus. The map stays free: panning or scrubbing leaves the step, and
// Next step resumes it.
import { formatWhen } from '../data/dates';
import { KIND_INFO } from '../data/kinds';
import { storyPosition } from '../state/story';
import { exitStory, nextStep, previousStep } from '../state/story-actions';
import { findEvent } from '../state/timeline';
import { selectEvent } from '../state/timeline-actions';
import { dotClass, eventColor } from './event-color';
import { SourceList } from './SourceList';
import { VideoButton } from './VideoButton';
import './story.css';

/** Where focus goes when the story closes: the button that opens it, or the slider. */
export const STORY_START_ID = 'story-start';
/** The panel, which takes focus when a story is opened from a button that then goes. */
export const STORY_PANEL_ID = 'story-panel';

function onStoryKey(e: KeyboardEvent) {
  const target = e.target as HTMLElement;
  // Keys in a field, or in the video dialog opened from the panel, are theirs.
  if (target.closest('input, textarea, select, dialog')) return;
  if (e.key === 'ArrowRight' || e.key === 'PageDown') nextStep();
  else if (e.key === 'ArrowLeft' || e.key === 'PageUp') previousStep();
  else return;
  e.preventDefault();
}

/** The events the step is about, each opening its card, as the list does. */
function StepEvents({ ids }: { ids: readonly string[] }) {
  const events = ids.flatMap((id) => findEvent(id) ?? []);
  if (events.length === 0) return null;
  return (
    <>
      <h3>On the map</h3>
      <p class="key-note">Each is marked in gold; choose one to read its card.</p>
      <ul class="story-events">
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" data-event={e.id} onClick={() => selectEvent(e.id)}>
              <span class={dotClass(e)} style={{ background: eventColor(e) }} aria-hidden="true" />
              <span>
                {e.title}
                <span class="story-event-when">
                  {KIND_INFO[e.kind].label} · {formatWhen(e)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Previous and Next stay focusable at the ends (aria-disabled), so focus is never dropped. */
function StepButtons({ at, count }: { at: number; count: number }) {
  return (
    <div class="story-nav">
      <button type="button" aria-disabled={at === 0} onClick={() => at > 0 && previousStep()}>
        ◀ Previous step
      </button>
      <button type="button" aria-disabled={at === count - 1} onClick={() => at < count - 1 && nextStep()}>
        Next step ▶
      </button>
    </div>
  );
}

export function leaveStory() {
  exitStory();
  // The panel is gone with the story: focus goes to what opened it, or the slider.
  requestAnimationFrame(() =>
    (document.getElementById(STORY_START_ID) ?? document.getElementById('time-slider'))?.focus(),
  );
}

export function StoryPanel() {
  const shown = storyPosition.value;
  if (!shown) return null;
  const { story, step, at, count } = shown;
  return (
    <section
      id={STORY_PANEL_ID}
      class="panel story-panel"
      aria-labelledby="story-step-title"
      aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown"
      tabIndex={-1}
      onKeyDown={onStoryKey}
    >
      <p class="story-name">{story.title}</p>
      <p class="story-count">
        Step {at + 1} of {count}
      </p>
      <h2 id="story-step-title">{step.title}</h2>
      <p class="story-caption">{step.caption}</p>
      <StepButtons at={at} count={count} />
      <StepEvents ids={step.highlight} />
      <SourceList sources={step.sources} />
      <VideoButton />
      <button type="button" class="story-exit" onClick={leaveStory}>
        Exit story
      </button>
    </section>
  );
}
