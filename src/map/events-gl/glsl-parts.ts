// The pieces both event shaders (shaders.ts) are built of: the uniforms they share, the census
// hooks, the time test that hides an event, its fade, the flag bits and the painting helpers.
export const COMMON_UNIFORMS = `
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
export const census = (index: string, corner: string) => `
#ifdef CENSUS
  float i = float(${index});
  vec2 cell = vec2(mod(i, u_census.y), floor(i / u_census.y)) + 0.5 + ${corner};
  gl_Position = vec4(cell / u_census.yz * 2.0 - 1.0, 0.0, 1.0);
  gl_PointSize = 1.0;
#endif`;
/** Census fragments are opaque white, whatever the marker would have painted there. */
export const CENSUS_FRAGMENT = `
#ifdef CENSUS
  fragColor = vec4(1.0);
  return;
#endif`;

/** The same shader with `name` defined: the line goes right after `#version`, as GLSL wants. */
export const withDefine = (source: string, name: string) =>
  source.replace(/^(#version[^\n]*\n)/, `$1#define ${name}\n`);

export const HIDE = 'gl_Position = vec4(2.0, 2.0, 2.0, 1.0); gl_PointSize = 0.0; return;';
export const HIDDEN = '((u_kindMask >> kind) & 1) == 0 || a_day > u_time || a_end <= u_windowStart';
/**
 * Fade by the days since it was last going on: a span still running at T is not faded. In
 * cumulative mode (u_windowDays huge) nothing fades, exactly, so a picture kept of the events
 * drawn on one day holds for the next (frame-cache.ts).
 */
export const FADE =
  'u_windowDays >= 1e8 ? 1.0 : max(0.3, 1.0 - 0.7 * (u_time - min(a_end, u_time)) / max(1.0, u_windowDays))';
/** Flag bits, as arrays.ts writes them. */
export const FLAGS = `
const int F_PRECISE = 1;
const int F_COUNTRY = 4;
const int F_SPAN = 8;
bool has(float flags, int bit) { return (int(flags) & bit) != 0; }
`;

export const PAINT = `
const float PI = 3.14159265;
// Coverage of a ring of radius r and width w at distance d, antialiased over a pixel.
float ring(float d, float r, float w) { return clamp(w * 0.5 + 0.5 - abs(d - r), 0.0, 1.0); }
float disc(float d, float r) { return clamp(r + 0.5 - d, 0.0, 1.0); }
// 1 on the dashes, 0 in the gaps, along an arc length s.
float dash(float s, float on, float off) { return step(mod(s, on + off), on); }
vec4 over(vec4 top, vec4 under) { return top + under * (1.0 - top.a); }
vec4 paint(vec3 c, float a) { return vec4(c * a, a); }
`;
