// The steps of the reader's own story, each with its title and caption to edit, and the button
// that adds the view as it is now.
import { formatDay, parseIsoDate } from '../data/dates';
import { draftSteps, editDraftStep, removeDraftStep, saveViewAsStep } from '../state/story-draft';
import type { Step } from '../state/story-schema';

function DraftStep({ step, index }: { step: Step; index: number }) {
  const n = index + 1;
  const day = parseIsoDate(step.date);
  return (
    <li class="story-draft-step">
      <p class="story-draft-when">
        Step {n} · {day === null ? step.date : formatDay(day)}
      </p>
      <label>
        Title
        <input
          type="text"
          value={step.title}
          onInput={(e) => editDraftStep(index, { title: e.currentTarget.value })}
        />
      </label>
      <label>
        Caption (one to three sentences)
        <textarea
          rows={3}
          value={step.caption}
          onInput={(e) => editDraftStep(index, { caption: e.currentTarget.value })}
        />
      </label>
      <button type="button" aria-label={`Remove step ${n}`} onClick={() => removeDraftStep(index)}>
        Remove
      </button>
    </li>
  );
}

export function StoryDraft() {
  return (
    <>
      {draftSteps.value.length > 0 && (
        <ol class="story-draft">
          {draftSteps.value.map((step, i) => (
            <DraftStep key={i} step={step} index={i} />
          ))}
        </ol>
      )}
      <button type="button" class="story-save" onClick={saveViewAsStep}>
        Save view as step
      </button>
    </>
  );
}
