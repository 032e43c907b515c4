// Keeps the URL hash and the state in step: state → hash with replaceState (no history spam),
// hash edited by the user → state. Writes are throttled: Safari throws after about 100
// replaceState calls in 30 s (MapLibre throttles its own hash for the same reason), and Play
// changes the date every frame. The last state is always written, at most HASH_WRITE_MS late.
import { effect } from '@preact/signals';
import { applyHash } from './actions';
import { hash } from './store';
import { throttle } from './throttle';

/** At most one hash write this often: 3 a second, well inside Safari's limit. */
export const HASH_WRITE_MS = 300;

export function syncUrl(): () => void {
  applyHash(window.location.hash);
  /** The hash as last written or applied; null until the first write tidies the opening link. */
  let known: string | null = null;
  const onHashChange = () => {
    known = window.location.hash;
    applyHash(known);
  };
  window.addEventListener('hashchange', onHashChange);
  const write = throttle((next: string) => {
    // A hash typed while this write waited is the user's: its hashchange applies it, then writes.
    if (known !== null && window.location.hash !== known) return;
    if (window.location.hash !== next) window.history.replaceState(null, '', next);
    known = window.location.hash;
  }, HASH_WRITE_MS);
  const stop = effect(() => write(`#${hash.value}`));
  // A reload or a closed tab within the interval still leaves the last state in the URL.
  window.addEventListener('pagehide', write.flush);
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', write.flush);
    stop();
    write.cancel();
  };
}
