// Keeps the URL hash and the state in step: state → hash with replaceState (no history spam),
// hash edited by the user → state.
import { effect } from '@preact/signals';
import { applyHash } from './actions';
import { hash } from './store';

export function syncUrl(): () => void {
  applyHash(window.location.hash);
  const onHashChange = () => applyHash(window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  const stop = effect(() => {
    const next = `#${hash.value}`;
    if (window.location.hash !== next) window.history.replaceState(null, '', next);
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    stop();
  };
}
