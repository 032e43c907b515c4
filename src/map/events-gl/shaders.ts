// GLSL for the event layer. One instanced quad per event; the time window, the kinds shown,
// the pulse and the selection are uniforms, so a slider step changes no buffer.

export const VERTEX = `#version 300 es
in vec2 a_corner;
in vec2 a_pos;
in float a_day;
in float a_kind;
in float a_flags;
in float a_radius;

uniform mat4 u_matrix;
uniform vec2 u_viewport;      // drawing buffer size, device px
uniform float u_pixelRatio;
uniform float u_dotRadius;    // css px
uniform float u_worldPx;      // size of the Mercator world, device px
uniform float u_time;
uniform float u_windowDays;
uniform int u_kindMask;
uniform float u_revealedFrom;
uniform float u_pulse;
uniform int u_selected;       // instance index within this draw, or -1
uniform vec3 u_colors[16];

out vec2 v_px;
out vec3 v_color;
out float v_fade;
flat out int v_style;         // bit 0 precise, bit 1 region, bit 2 new, bit 3 selected
out float v_dot;
out float v_regionPx;

void main() {
  int kind = int(a_kind);
  int flags = int(a_flags);
  if (((u_kindMask >> kind) & 1) == 0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: not drawn
    return;
  }
  bool isNew = a_day > u_revealedFrom && u_pulse < 1.0;
  bool isSelected = gl_InstanceID == u_selected;
  v_style = flags | (isNew ? 4 : 0) | (isSelected ? 8 : 0);
  v_color = u_colors[kind];
  v_fade = max(0.3, 1.0 - 0.7 * (u_time - a_day) / max(1.0, u_windowDays));
  v_dot = u_dotRadius * u_pixelRatio;

  if ((flags & 2) != 0) {
    // A region: a circle of the region's size on the ground, corners in Mercator units.
    float grow = 1.0 + 3.0 / max(1.0, a_radius * u_worldPx);
    v_regionPx = a_radius * u_worldPx;
    v_px = a_corner * grow * v_regionPx;
    gl_Position = u_matrix * vec4(a_pos + a_corner * a_radius * grow, 0.0, 1.0);
    return;
  }
  float half_ = (flags & 1) != 0 ? v_dot + 2.0 * u_pixelRatio : v_dot * 1.9 + 2.0 * u_pixelRatio;
  if (isNew) half_ = max(half_, (9.0 + 18.0 * u_pulse) * u_pixelRatio);
  if (isSelected) half_ = max(half_, 14.0 * u_pixelRatio);
  v_px = a_corner * half_;
  vec4 c = u_matrix * vec4(a_pos, 0.0, 1.0);
  c.xy += a_corner * half_ * 2.0 / u_viewport * c.w;
  gl_Position = c;
}`;

export const FRAGMENT = `#version 300 es
precision highp float;
in vec2 v_px;
in vec3 v_color;
in float v_fade;
flat in int v_style;
in float v_dot;
in float v_regionPx;
uniform float u_pixelRatio;
uniform float u_pulse;
out vec4 fragColor;

const float PI = 3.14159265;

// Coverage of a ring of radius r and width w at distance d, antialiased over a pixel.
float ring(float d, float r, float w) { return clamp(w * 0.5 + 0.5 - abs(d - r), 0.0, 1.0); }
float disc(float d, float r) { return clamp(r + 0.5 - d, 0.0, 1.0); }
// 1 on the dashes, 0 in the gaps, along an arc length s.
float dash(float s, float on, float off) { return step(mod(s, on + off), on); }
vec4 over(vec4 top, vec4 under) { return top + under * (1.0 - top.a); }
vec4 paint(vec3 c, float a) { return vec4(c * a, a); }

void main() {
  float d = length(v_px);
  float angle = atan(v_px.y, v_px.x) + PI;
  vec4 out_ = vec4(0.0);
  if ((v_style & 2) != 0) {
    float r = v_regionPx;
    float edge = ring(d, r, 1.5 * u_pixelRatio) * dash(angle * r, 5.0 * u_pixelRatio, 4.0 * u_pixelRatio);
    out_ = over(paint(v_color, edge * v_fade), paint(v_color, disc(d, r) * 0.04 * v_fade));
  } else if ((v_style & 1) != 0) {
    // Exact day: a solid dot with a white edge.
    out_ = over(paint(v_color, disc(d, v_dot) * 0.95 * v_fade), paint(vec3(1.0), disc(d, v_dot + 1.5 * u_pixelRatio) * v_fade));
  } else {
    // Week or month: a pale dot inside a dashed ring.
    float r = v_dot * 1.6;
    float dashed = ring(d, r, 2.2 * u_pixelRatio) * dash(angle * r, 3.2 * u_pixelRatio, 2.4 * u_pixelRatio);
    out_ = over(paint(v_color, dashed * v_fade), paint(v_color, disc(d, v_dot) * 0.45 * v_fade));
  }
  if ((v_style & 4) != 0) {
    out_ = over(paint(v_color, ring(d, (7.0 + 18.0 * u_pulse) * u_pixelRatio, 2.5 * u_pixelRatio) * (1.0 - u_pulse)), out_);
  }
  if ((v_style & 8) != 0) {
    out_ = over(paint(vec3(0.24, 0.23, 0.21), ring(d, 12.0 * u_pixelRatio, 2.5 * u_pixelRatio)), out_);
  }
  if (out_.a < 0.004) discard;
  fragColor = out_;
}`;
