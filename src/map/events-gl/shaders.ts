// GLSL for the event layer. Point events are GL points drawn from one contiguous slice of a
// buffer sorted by date; region events are ground circles, instanced quads. The kinds, the
// fade, the pulse and the selection are uniforms: a slider step changes no buffer. Both vertex
// shaders hide what isShown hides (timeline/visibility.ts): not begun by T, or over by the
// window's start; arrays.ts isDrawn is the same test on the CPU. The highlight pass
// (highlight-glsl.ts) runs the same shaders over a story step's few events, painting only a mark.
import { CENSUS_FRAGMENT, COMMON_UNIFORMS, census, FADE, FLAGS, HIDDEN, HIDE, PAINT } from './glsl-parts';
import { HIGHLIGHT_CONSTANTS, HIGHLIGHT_MARK } from './highlight-glsl';

export { withDefine } from './glsl-parts';

export const POINT_VERTEX = `#version 300 es
in vec2 a_pos;
in float a_day;
in float a_kind;
in float a_flags;
in float a_end;
${COMMON_UNIFORMS}
uniform float u_dotRadius;    // css px
uniform float u_edge;         // css px of white edge around exact-day dots (0 when crowded)
uniform float u_maxHalf;      // device px: half the largest point size the GPU draws
uniform float u_revealedFrom;
uniform float u_pulse;
uniform int u_selected;       // index in the run, or -1
uniform int u_halo;           // 1: only the halos of the spans going on at T; 0: the markers without them
out vec3 v_color;
out float v_fade;
out float v_dot;
out float v_half;
out float v_edge;
flat out int v_style;         // bit 0 precise, 1 country, 2 new, 3 selected, 4 ongoing, 5 the mark, 6 the halo alone
${FLAGS}
${HIGHLIGHT_CONSTANTS}
void main() {
  int kind = int(a_kind);
  if (${HIDDEN}) { ${HIDE} }
  bool country = has(a_flags, F_COUNTRY);
  bool precise = has(a_flags, F_PRECISE) && !country;
  // The halos have a pass of their own, over every marker, so that a marker's look never depends
  // on the day (frame-cache.ts keeps a picture of the markers); the mark still clears the halo.
  bool running = has(a_flags, F_SPAN) && a_end >= u_time;
  bool haloPass = u_halo == 1;
  if (haloPass && !running) { ${HIDE} }
  bool marking = u_highlightPass == 1;
  bool ongoing = running && (haloPass || marking);
  bool isNew = a_day > u_revealedFrom && u_pulse < 1.0 && !haloPass;
  bool isSelected = gl_VertexID == u_selected && !haloPass;
  v_style = (precise ? 1 : 0) | (country ? 2 : 0) | (isNew ? 4 : 0) | (isSelected ? 8 : 0) | (ongoing ? 16 : 0) |
    (marking ? 32 : 0) | (haloPass ? 64 : 0);
  v_color = u_colors[kind];
  v_fade = ${FADE};
  v_dot = u_dotRadius * u_pixelRatio;
  v_edge = u_edge * u_pixelRatio;
  // Half the point's size: just enough for the dot, its edge or ring, and a pixel of antialiasing.
  float h = country ? v_dot * 1.9 + 1.5 * u_pixelRatio : precise ? v_dot + v_edge : v_dot * 1.6 + 1.6 * u_pixelRatio;
  // The mark's reach past the marker, along an axis: a diamond's measure is √2 longer there.
  float mark = (HIGHLIGHT_GAP + HIGHLIGHT_WIDTH + 1.0 + (ongoing ? 3.0 : 0.0)) * u_pixelRatio * (country ? 1.4143 : 1.0);
  float marked = max(h + mark, isSelected ? (HIGHLIGHT_PAST_SELECTION + HIGHLIGHT_WIDTH + 1.0) * u_pixelRatio * 1.4143 : 0.0);
  if (ongoing) h += (country ? 5.0 : 3.5) * u_pixelRatio;
  if (isNew) h = max(h, (9.0 + 18.0 * u_pulse) * u_pixelRatio);
  if (isSelected) h = max(h, 14.0 * u_pixelRatio);
  if (marking) h = marked;
  v_half = min(h + 0.75, u_maxHalf);
  gl_PointSize = 2.0 * v_half;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);${census('gl_VertexID', 'vec2(0.0)')}
}`;

export const POINT_FRAGMENT = `#version 300 es
precision highp float;
in vec3 v_color;
in float v_fade;
in float v_dot;
in float v_half;
in float v_edge;
flat in int v_style;
uniform float u_pixelRatio;
uniform float u_pulse;
uniform float u_square;       // 1 for an import's events: squares, so they never pass for the story's dots
out vec4 fragColor;
${PAINT}
${HIGHLIGHT_CONSTANTS}
${HIGHLIGHT_MARK}
void main() {
  ${CENSUS_FRAGMENT}
  vec2 px = (gl_PointCoord * 2.0 - 1.0) * v_half;
  float d = mix(length(px), max(abs(px.x), abs(px.y)) * 1.05, u_square);
  float angle = atan(px.y, px.x) + PI;
  float pr = u_pixelRatio;
  vec4 c;
  float m = d;      // distance in the marker's own shape: a circle, or a diamond for a country
  float outer;      // where the marker ends, in that measure: the ongoing halo sits just outside
  if ((v_style & 2) != 0) {
    // Only the country is known: a thin hollow diamond, lighter than any dot, so it never
    // passes for a pin on a town and never covers the pins around it.
    m = (abs(px.x) + abs(px.y)) * 0.7071;
    outer = v_dot * 1.9 * 0.7071;
    // Hollow: several country-level events share a country's point and must not fill it in.
    c = paint(v_color, ring(m, outer, 1.4 * pr) * 0.85 * v_fade);
  } else if ((v_style & 1) != 0) {
    // Exact day: a solid dot with a white edge.
    c = over(paint(v_color, disc(d, v_dot) * 0.95 * v_fade), paint(vec3(1.0), disc(d, v_dot + v_edge) * v_fade));
    outer = v_dot + v_edge;
  } else {
    // Week or month: a pale dot inside a dashed ring.
    float r = v_dot * 1.6;
    float dashed = ring(d, r, 2.0 * pr) * dash(angle * r, 3.2 * pr, 2.4 * pr);
    c = over(paint(v_color, dashed * v_fade), paint(v_color, disc(d, v_dot) * 0.45 * v_fade));
    outer = r + pr;
  }
  // Still going on at T: a faint thin halo just outside the marker, in the halo pass alone.
  if ((v_style & 64) != 0) c = paint(v_color, ring(m, outer + 2.5 * pr, 1.0 * pr) * 0.55 * v_fade);
  if ((v_style & 4) != 0) {
    c = over(paint(v_color, ring(d, (7.0 + 18.0 * u_pulse) * pr, 2.5 * pr) * (1.0 - u_pulse)), c);
  }
  if ((v_style & 8) != 0) c = over(paint(vec3(0.24, 0.23, 0.21), ring(d, 12.0 * pr, 2.5 * pr)), c);
  if ((v_style & 32) != 0) {
    // The mark alone, outside the marker and its ongoing halo (and a selection's ring).
    float start = outer + (HIGHLIGHT_GAP + ((v_style & 16) != 0 ? 3.0 : 0.0)) * pr;
    if ((v_style & 8) != 0) start = max(start, HIGHLIGHT_PAST_SELECTION * pr);
    c = highlightMark(m, start, pr);
  }
  if (c.a < 0.004) discard;
  fragColor = c;
}`;

export const REGION_VERTEX = `#version 300 es
in vec2 a_corner;
in vec2 a_pos;
in float a_day;
in float a_kind;
in float a_flags;
in float a_radius;
in float a_end;
${COMMON_UNIFORMS}
uniform float u_worldPx;      // size of the Mercator world, device px
uniform int u_selected;       // instance index, or -1
out vec2 v_px;
out vec3 v_color;
out float v_fade;
out float v_radiusPx;
flat out int v_selected;
flat out int v_ongoing;
${FLAGS}
${HIGHLIGHT_CONSTANTS}
void main() {
  int kind = int(a_kind);
  // Every instance is drawn (WebGL2 has no base instance), so the time test is all here.
  if (${HIDDEN}) { ${HIDE} }
  v_color = u_colors[kind];
  v_fade = ${FADE};
  v_selected = gl_InstanceID == u_selected ? 1 : 0;
  v_ongoing = has(a_flags, F_SPAN) && a_end >= u_time ? 1 : 0;
  v_radiusPx = a_radius * u_worldPx;
  // Room for the dashed rim and the ongoing ring; in the highlight pass, for the mark past them.
  float reach = u_highlightPass == 1 ? 14.0 : 8.0;
  float grow = 1.0 + reach * u_pixelRatio / max(1.0, v_radiusPx);
  v_px = a_corner * grow * v_radiusPx;
  gl_Position = u_matrix * vec4(a_pos + a_corner * a_radius * grow, 0.0, 1.0);${census('gl_InstanceID', 'a_corner * 0.5')}
}`;

export const REGION_FRAGMENT = `#version 300 es
precision highp float;
in vec2 v_px;
in vec3 v_color;
in float v_fade;
in float v_radiusPx;
flat in int v_selected;
flat in int v_ongoing;
uniform float u_pixelRatio;
out vec4 fragColor;
${PAINT}
${HIGHLIGHT_CONSTANTS}
${HIGHLIGHT_MARK}
/**
 * A highlighted area: the mark along its rim, outside a selection's wider rim and the ongoing
 * ring, at one distance whether it is ongoing or not, so the marks of areas drawn as one circle
 * (a governorate's) coincide; and round its centre mark when the circle is big enough to leave
 * room, for a circle wider than the view shows no rim.
 */
vec4 areaMark(float d, float r, float pr) {
  vec4 rim = highlightMark(d, r + 5.5 * pr, pr);
  return r > 24.0 * pr ? over(rim, highlightMark(d, 5.25 * pr, pr)) : rim;
}
void main() {
  ${CENSUS_FRAGMENT}
  float d = length(v_px);
  float r = v_radiusPx;
  float angle = atan(v_px.y, v_px.x) + PI;
  float width = (v_selected == 1 ? 3.5 : 1.5) * u_pixelRatio;
  float edge = ring(d, r, width) * dash(angle * r, 5.0 * u_pixelRatio, 4.0 * u_pixelRatio);
  // Only the selected or a still-running area is tinted: a dozen circles of one governorate
  // stack exactly, and their fills would add up to a dark disc over the pins beneath.
  float tint = v_selected == 1 ? 0.08 : (v_ongoing == 1 ? 0.05 : 0.0);
  // A small hollow mark at the centre: something to click on a circle wider than the view.
  float mark = ring(d, 3.5 * u_pixelRatio, 1.5 * u_pixelRatio);
  vec4 c = over(paint(v_color, max(edge, mark) * v_fade), paint(v_color, disc(d, r) * tint * v_fade));
  // Still going on at T: a faint solid ring just outside the dashed edge.
  if (v_ongoing == 1) c = over(c, paint(v_color, ring(d, r + 4.0 * u_pixelRatio, 1.0 * u_pixelRatio) * 0.45 * v_fade));
  if (u_highlightPass == 1) c = areaMark(d, r, u_pixelRatio);
  if (c.a < 0.004) discard;
  fragColor = c;
}`;
