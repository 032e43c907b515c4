// Where the page's panels cover the map, in css px, so that framing, flying to an event and the
// edge chips keep clear of them. Figures from app.css's two layouts: wide, a side panel on the
// left and the time bar along the bottom (and the event card on the right while one is open);
// narrow (a phone), the title and panels button along the top, the time bar, and the card as a
// bottom sheet of at most 45 % of the height that covers the time bar.

export type Padding = { top: number; right: number; bottom: number; left: number };
/** The map's size, and whether an event's card is open over it. */
export type Screen = { width: number; height: number; card?: boolean };

/** Below this width the page is laid out for a phone (app.css's media query). */
export const NARROW = 700;
/** Width of the side panel plus its margin (app.css .sidebar). */
export const PANEL_WIDTH = 340;
/** The time bar along the bottom, with the margin under it. */
export const TIMEBAR_HEIGHT = 120;
const WIDE_TIMEBAR = TIMEBAR_HEIGHT + 30;
/** The card on the right of a wide screen (app.css .detail: 360 px and a margin). */
const CARD_WIDTH = 380;
/** A phone's title bar with the panels button, and its time bar (two rows of controls). */
const NARROW_TOP = 94;
const NARROW_TIMEBAR = 196;
/** A phone's card, as a share of the height (app.css .detail max-height: 45dvh). */
const SHEET = 0.45;

/** The parts of the map that panels cover: an event under them is as good as off screen. */
export function coveredInsets({ width, height, card = false }: Screen): Padding {
  if (width < NARROW) {
    const bottom = card ? Math.max(NARROW_TIMEBAR, Math.ceil(height * SHEET)) : NARROW_TIMEBAR;
    return { top: NARROW_TOP, right: 0, bottom, left: 0 };
  }
  return { top: 0, right: card ? CARD_WIDTH : 0, bottom: WIDE_TIMEBAR, left: PANEL_WIDTH };
}

/**
 * The covered parts and a margin: where a framed view, or an event flown to, sits inside. On a
 * wide screen the right margin clears the zoom buttons too.
 */
export function fitPadding(screen: Screen): Padding {
  const c = coveredInsets(screen);
  if (screen.width < NARROW) return { top: c.top + 10, right: 12, bottom: c.bottom + 10, left: 12 };
  return { top: 30, right: c.right + 60, bottom: c.bottom - 10, left: c.left + 10 };
}
