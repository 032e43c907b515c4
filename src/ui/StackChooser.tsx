// The chooser a click (or Enter) on a stack of events opens: every event drawn there, newest
// first, with its date, kind, title and how well its place is known; choosing one opens its card.
// While the pointer rests on a stack, a small label says how many it holds.
import { useEffect, useRef } from 'preact/hooks';
import { formatWhen } from '../data/dates';
import { KIND_INFO } from '../data/kinds';
import { PLACE_PRECISION_SHORT } from '../data/precision';
import { chooseFromStack, closeStackChoice, hoveredStack, stackChoice } from '../state/stack-choice';
import { openCardFrom } from './card-focus';
import { dotClass, eventColor } from './event-color';

const n = (x: number) => x.toLocaleString('en');
/** As .stack-chooser's width in app.css. */
const CHOOSER_WIDTH = 320;

export function StackHover() {
  const h = hoveredStack.value;
  if (!h || stackChoice.value) return null;
  return (
    <div class="stack-hover" style={{ left: `${h.x + 14}px`, top: `${h.y - 28}px` }} aria-hidden="true">
      {n(h.count)} events
    </div>
  );
}

export function StackChooser() {
  const c = stackChoice.value;
  const box = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    if (!c) return;
    returnTo.current ??= document.activeElement;
    box.current?.querySelector('button')?.focus();
  }, [c]);
  if (!c) return null;
  /** Where focus goes back to: what had it when the chooser opened, else the map it was opened on. */
  const origin = () => {
    const was = returnTo.current;
    returnTo.current = null;
    if (was instanceof HTMLElement && was !== document.body && was.isConnected) return was;
    return document.querySelector<HTMLElement>('.maplibregl-canvas');
  };
  const close = () => {
    closeStackChoice();
    origin()?.focus();
  };
  // Focus moves into the card, and Escape there comes back to where the chooser was opened from.
  const choose = (id: string) => {
    const back = origin();
    if (back) openCardFrom(back);
    chooseFromStack(id);
  };
  const total = c.events.length + c.more;
  // Beside the point, on whichever side has room, so the stack itself stays in sight.
  const side = c.x + CHOOSER_WIDTH + 24 > window.innerWidth ? 'left' : 'right';
  return (
    <div
      ref={box}
      class={`stack-chooser ${side}`}
      role="dialog"
      aria-labelledby="stack-chooser-title"
      style={{ '--x': `${c.x}px`, '--y': `${c.y}px` }}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <div class="stack-head">
        <h2 id="stack-chooser-title">{n(total)} events here</h2>
        <button type="button" class="stack-close" onClick={close} aria-label="Close the list of events here">
          ×
        </button>
      </div>
      <ul>
        {c.events.map((e) => (
          <li key={`${e.set}:${e.id}`}>
            <button type="button" onClick={() => choose(e.id)}>
              <span class={dotClass(e)} style={{ background: eventColor(e) }} aria-hidden="true" />
              <span class="stack-when">{formatWhen(e)}</span>
              <span class="stack-title">{e.title}</span>
              <span class="stack-facts">
                {KIND_INFO[e.kind].label} · {PLACE_PRECISION_SHORT[e.geo_precision]}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {c.more > 0 ? <p class="stack-more">{n(c.more)} more here: zoom in to tell them apart.</p> : null}
    </div>
  );
}
