import { isolatedParts } from '../import/file-name';
import { dismissLinkProblems } from '../state/actions';
import { linkProblems } from '../state/store';
import { storyErrors } from '../state/story';
import { dataErrors } from '../state/timeline';

/** Tells the user what in the link, the data or a dropped story file or the data could not be used; the rest keeps working. */
export function LinkNotice() {
  const problems = linkProblems.value;
  const errors = dataErrors.value;
  const stories = storyErrors.value;
  if (problems.length === 0 && errors.length === 0 && stories.length === 0) return null;
  return (
    <div class="notice link-notice" role="status">
      {problems.length > 0 && (
        <>
          <p>Part of this link could not be used, so the defaults are shown instead:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {errors.length > 0 && (
        <>
          <p>Some event data could not be used; everything else is shown:</p>
          <ul class="data-errors">
            {errors.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {stories.length > 0 && (
        <>
          <p>A story file could not be opened; nothing else has changed:</p>
          <ul class="story-errors">
            {stories.map((p) => (
              <li key={p}>
                {isolatedParts(p).map((part, i) =>
                  part.isolated ? <bdi key={i}>{part.text}</bdi> : part.text,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={dismissLinkProblems}>
        Dismiss
      </button>
    </div>
  );
}
