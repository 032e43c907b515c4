// How the default framing fits the window: clear of the side panel on a wide screen.
import type { PaddingOptions } from 'maplibre-gl';

/** Width of the side panel plus its margin (see app.css .sidebar). */
export const PANEL_WIDTH = 340;

export function fitPadding(width: number): PaddingOptions {
  if (width < 700) return { top: 20, bottom: 20, left: 20, right: 20 };
  return { top: 30, bottom: 40, left: PANEL_WIDTH + 10, right: 60 };
}
