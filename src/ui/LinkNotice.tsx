import { dismissLinkProblems } from '../state/actions';
import { linkProblems } from '../state/store';

/** Tells the user which parts of the link they opened were ignored, and why. */
export function LinkNotice() {
  const problems = linkProblems.value;
  if (problems.length === 0) return null;
  return (
    <div class="notice" role="status">
      <p>Part of this link could not be used, so the defaults are shown instead:</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissLinkProblems}>
        Dismiss
      </button>
    </div>
  );
}
