import { dismissLinkProblems } from '../state/actions';
import { linkProblems } from '../state/store';
import { dataErrors } from '../state/timeline';

/** Tells the user what in the link or the data could not be used; the rest keeps working. */
export function LinkNotice() {
  const problems = linkProblems.value;
  const errors = dataErrors.value;
  if (problems.length === 0 && errors.length === 0) return null;
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
      <button type="button" onClick={dismissLinkProblems}>
        Dismiss
      </button>
    </div>
  );
}
