// Keyboard focus and the event card: opened from the list, focus moves to its heading; closed
// (Escape, the close button, or anything that clears the selection) while focus was in it, focus
// goes back to where it came from, so a keyboard user never lands on the page's start.
import { signal } from '@preact/signals';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { selectEvent } from '../state/timeline-actions';

/** Where focus was before the card opened: the list entry, the map, whatever had it. */
let opener: HTMLElement | null = null;
/** Counts the requests to move focus into the card, so one for the event already shown counts. */
const focusRequests = signal(0);
let handledRequests = 0;

/** For a control that opens the card on purpose (the list): focus follows into the card. */
export function openCardFrom(trigger: HTMLElement): void {
  opener = trigger;
  focusRequests.value += 1;
}

/** The element focused now, unless it is the card's own or nothing (the page's body). */
function focusedOutside(card: HTMLElement | null): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  return card?.contains(active) ? null : active;
}

/** When the card went away with focus in it, the browser drops focus on the body: take it back. */
function returnIfLost(): void {
  const lost = document.activeElement === null || document.activeElement === document.body;
  if (lost && opener?.isConnected) opener.focus();
  opener = null;
}

/** Escape closes the card from anywhere but a dialog (the column dialog, the stack chooser): theirs. */
function closeOnEscape(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
  if (e.target instanceof Element && e.target.closest('dialog, [role="dialog"]')) return;
  selectEvent(null);
}

/** The card's side of it: call on every render of the card, with the event shown or null. */
export function useCardFocus(
  id: string | null,
  card: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
): void {
  const request = focusRequests.value;
  useLayoutEffect(() => {
    if (id === null) return returnIfLost();
    if (request !== handledRequests) {
      handledRequests = request;
      heading.current?.focus();
    } else {
      opener = focusedOutside(card.current) ?? opener;
    }
  }, [id, request]);
  const open = id !== null;
  useEffect(() => {
    if (!open) return;
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);
}
