// GLSL for the mark on a story step's highlighted events, drawn by EventLayer's second pass
// (u_highlightPass = 1) over the event's own marker, never on it: a gold band between two dark
// edges just outside the marker, in the marker's own measure (a circle round a dot or a dashed
// ring, a diamond round a country, a square round an import's square, a ring along an area's
// rim). Gold is no kind's colour and no import's, and the dark edges carry it on the pale basemap;
// the selection stays its thin dark ring.
import { HIGHLIGHT_EDGE_HEX, HIGHLIGHT_HEX } from '../../layers/event-drawing/highlight';
import { hexToRgb } from './gl-util';

/** Css px: the gold band, the dark edges either side of it, and the gap left to the marker. */
export const HIGHLIGHT_PX = { band: 3, width: 5.5, gap: 1.5 } as const;

const f = (n: number) => n.toFixed(2);
const vec3 = (hex: string) =>
  `vec3(${hexToRgb(hex)
    .map((c) => c.toFixed(4))
    .join(', ')})`;

/** Its sizes and colours, for the vertex shaders (how far a mark reaches) and the fragments. */
export const HIGHLIGHT_CONSTANTS = `
// 1 in EventLayer's second pass, which draws only the marks; highp, as a uniform the vertex and
// the fragment shader share must be declared alike.
uniform highp int u_highlightPass;
const vec3 HIGHLIGHT = ${vec3(HIGHLIGHT_HEX)};
const vec3 HIGHLIGHT_EDGE = ${vec3(HIGHLIGHT_EDGE_HEX)};
const float HIGHLIGHT_BAND = ${f(HIGHLIGHT_PX.band)};
const float HIGHLIGHT_WIDTH = ${f(HIGHLIGHT_PX.width)};
const float HIGHLIGHT_GAP = ${f(HIGHLIGHT_PX.gap)};
/** Where a selected point's mark starts at least (device px / pr): outside the selection ring. */
const float HIGHLIGHT_PAST_SELECTION = 14.0;
`;

/** Needs PAINT (shaders.ts) and HIGHLIGHT_CONSTANTS before it. */
export const HIGHLIGHT_MARK = `
// The mark from \`start\` outwards (device px), at distance m in the marker's own measure.
vec4 highlightMark(float m, float start, float pr) {
  float middle = start + HIGHLIGHT_WIDTH * pr * 0.5;
  vec4 edges = paint(HIGHLIGHT_EDGE, ring(m, middle, HIGHLIGHT_WIDTH * pr) * 0.9);
  return over(paint(HIGHLIGHT, ring(m, middle, HIGHLIGHT_BAND * pr)), edges);
}
`;
