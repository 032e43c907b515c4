// Sets in signals are replaced, never mutated, so effects see the change.
import type { Signal } from '@preact/signals';

/** Puts `item` in or out of the set a signal holds; does nothing when it already is. */
export function setMember<T>(target: Signal<ReadonlySet<T>>, item: T, on: boolean): void {
  if (target.value.has(item) === on) return;
  const next = new Set(target.value);
  if (on) next.add(item);
  else next.delete(item);
  target.value = next;
}
