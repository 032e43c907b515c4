// How the default framing fits the window: clear of the side panel on a wide screen.

/** Width of the side panel plus its margin (see app.css .sidebar). */
export const PANEL_WIDTH = 340;
/** Height of the time bar along the bottom (see app.css .timebar). */
export const TIMEBAR_HEIGHT = 120;

export type Padding = { top: number; right: number; bottom: number; left: number };

export function fitPadding(width: number): Padding {
  if (width < 700) return { top: 20, bottom: TIMEBAR_HEIGHT + 10, left: 20, right: 20 };
  return { top: 30, bottom: TIMEBAR_HEIGHT + 20, left: PANEL_WIDTH + 10, right: 60 };
}

/** The parts of the map that panels cover: an event under them is as good as off screen. */
export function coveredInsets(width: number): Padding {
  const bottom = TIMEBAR_HEIGHT + 30;
  return width < 700
    ? { top: 0, right: 0, bottom, left: 0 }
    : { top: 0, right: 0, bottom, left: PANEL_WIDTH };
}
