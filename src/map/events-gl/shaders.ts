// GLSL for the event layer. Point events are GL points drawn from one contiguous slice of a
// buffer sorted by date; region events are ground circles, instanced quads. The kinds, the
// fade, the pulse and the selection are uniforms: a slider step changes no buffer. Both vertex
// shaders hide what isShown hides (timeline/visibility.ts): not begun by T, or over by the
// window's start; arrays.ts isDrawn is the same test on the CPU.

const COMMON_UNIFORMS = `
uniform mat4 u_matrix;
uniform float u_pixelRatio;
uniform float u_time;
uniform float u_windowStart;
uniform float u_windowDays;
uniform int u_kindMask;
uniform vec3 u_colors[16];
#ifdef CENSUS
uniform vec3 u_census;        // x: 1 while counting (census.ts), y, z: the census target's size
#endif
`;

/**
 * Census (census.ts): compiled only into the census programs (`#define CENSUS`), never into the
 * ones that draw the map. After the real shader has decided, each instance still drawn writes
 * one pixel at its own index instead of its marker, so a test can read back what the GPU draws.
 * `corner` spreads a region's quad over that one pixel.
 */
const census = (index: string, corner: string) => `
#ifdef CENSUS
  float i = float(${index});
  vec2 cell = vec2(mod(i, u_census.y), floor(i / u_census.y)) + 0.5 + ${corner};
  gl_Position = vec4(cell / u_census.yz * 2.0 - 1.0, 0.0, 1.0);
  gl_PointSize = 1.0;
#endif`;
/** Census fragments are opaque white, whatever the marker would have painted there. */
const CENSUS_FRAGMENT = `
#ifdef CENSUS
  fragColor = vec4(1.0);
  return;
#endif`;

/** The same shader with `name` defined: the line goes right after `#version`, as GLSL wants. */
export const withDefine = (source: string, name: string) =>
  source.replace(/^(#version[^\n]*\n)/, `$1#define ${name}\n`);

const HIDE = 'gl_Position = vec4(2.0, 2.0, 2.0, 1.0); gl_PointSize = 0.0; return;';
const HIDDEN = '((u_kindMask >> kind) & 1) == 0 || a_day > u_time || a_end <= u_windowStart';
/** Fade by the days since it was last going on: a span still running at T is not faded. */
const FADE = 'max(0.3, 1.0 - 0.7 * (u_time - min(a_end, u_time)) / max(1.0, u_windowDays))';
/** Flag bits, as arrays.ts writes them. */
const FLAGS = `
const int F_PRECISE = 1;
const int F_COUNTRY = 4;
const int F_SPAN = 8;
bool has(float flags, int bit) { return (int(flags) & bit) != 0; }
`;

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
out vec3 v_color;
out float v_fade;
out float v_dot;
out float v_half;
out float v_edge;
flat out int v_style;         // bit 0 precise, 1 country, 2 new, 3 selected, 4 ongoing
${FLAGS}
void main() {
  int kind = int(a_kind);
  if (${HIDDEN}) { ${HIDE} }
  bool country = has(a_flags, F_COUNTRY);
  bool precise = has(a_flags, F_PRECISE) && !country;
  bool isNew = a_day > u_revealedFrom && u_pulse < 1.0;
  bool isSelected = gl_VertexID == u_selected;
  bool ongoing = has(a_flags, F_SPAN) && a_end >= u_time;
  v_style = (precise ? 1 : 0) | (country ? 2 : 0) | (isNew ? 4 : 0) | (isSelected ? 8 : 0) | (ongoing ? 16 : 0);
  v_color = u_colors[kind];
  v_fade = ${FADE};
  v_dot = u_dotRadius * u_pixelRatio;
  v_edge = u_edge * u_pixelRatio;
  // Half the point's size: just enough for the dot, its edge or ring, and a pixel of antialiasing.
  float h = country ? v_dot * 1.9 + 1.5 * u_pixelRatio : precise ? v_dot + v_edge : v_dot * 1.6 + 1.6 * u_pixelRatio;
  if (ongoing) h += (country ? 5.0 : 3.5) * u_pixelRatio;
  if (isNew) h = max(h, (9.0 + 18.0 * u_pulse) * u_pixelRatio);
  if (isSelected) h = max(h, 14.0 * u_pixelRatio);
  v_half = min(h + 0.75, u_maxHalf);
  gl_PointSize = 2.0 * v_half;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);${census('gl_VertexID', 'vec2(0.0)')}
}`;

const PAINT = `
const float PI = 3.14159265;
// Coverage of a ring of radius r and width w at distance d, antialiased over a pixel.
float ring(float d, float r, float w) { return clamp(w * 0.5 + 0.5 - abs(d - r), 0.0, 1.0); }
float disc(float d, float r) { return clamp(r + 0.5 - d, 0.0, 1.0); }
// 1 on the dashes, 0 in the gaps, along an arc length s.
float dash(float s, float on, float off) { return step(mod(s, on + off), on); }
vec4 over(vec4 top, vec4 under) { return top + under * (1.0 - top.a); }
vec4 paint(vec3 c, float a) { return vec4(c * a, a); }
`;

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
  // Still going on at T: a faint thin halo just outside the marker.
  if ((v_style & 16) != 0) c = over(c, paint(v_color, ring(m, outer + 2.5 * pr, 1.0 * pr) * 0.55 * v_fade));
  if ((v_style & 4) != 0) {
    c = over(paint(v_color, ring(d, (7.0 + 18.0 * u_pulse) * pr, 2.5 * pr) * (1.0 - u_pulse)), c);
  }
  if ((v_style & 8) != 0) c = over(paint(vec3(0.24, 0.23, 0.21), ring(d, 12.0 * pr, 2.5 * pr)), c);
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
void main() {
  int kind = int(a_kind);
  // Every instance is drawn (WebGL2 has no base instance), so the time test is all here.
  if (${HIDDEN}) { ${HIDE} }
  v_color = u_colors[kind];
  v_fade = ${FADE};
  v_selected = gl_InstanceID == u_selected ? 1 : 0;
  v_ongoing = has(a_flags, F_SPAN) && a_end >= u_time ? 1 : 0;
  v_radiusPx = a_radius * u_worldPx;
  float grow = 1.0 + 8.0 * u_pixelRatio / max(1.0, v_radiusPx);
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
  if (c.a < 0.004) discard;
  fragColor = c;
}`;
