// A layer's last picture kept in a texture, for the frames in which nothing it draws has changed.
// MapLibre repaints the whole map for reasons of its own (a label fading in, a source loading, a
// layer toggled, a hover), and a million events drawn again for each cost seconds in software
// rendering, twice after every import. With the cache such a frame copies one texture instead.
// The layer draws with premultiplied "over" blending, which is associative: its events drawn onto
// a clear texture and the texture then drawn over the map give the map the same pixels as the
// events drawn onto it one by one (to the rounding of 8-bit colour).
import { link } from './gl-util';

const COPY_VERTEX = `#version 300 es
void main() {
  // One triangle over the whole viewport, from the vertex number alone: no buffer to bind.
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}`;
const COPY_FRAGMENT = `#version 300 es
precision highp float;
uniform sampler2D u_picture;
out vec4 fragColor;
void main() {
  fragColor = texelFetch(u_picture, ivec2(gl_FragCoord.xy), 0);
}`;

/** What a picture depends on, as numbers: two frames with equal keys draw the same pixels. */
export type FrameKey = readonly number[];

/**
 * From this many events a frame keeps its picture for the next: below it, drawing them again
 * costs about what copying the picture does.
 */
export const CACHED_FROM = 20_000;

/** A layer's picture depends on its own changes (data, state, visibility), the camera and the canvas. */
export const pictureKey = (
  changes: number,
  gl: WebGL2RenderingContext,
  pixelRatio: number,
  matrix: ArrayLike<number>,
): FrameKey => [changes, gl.drawingBufferWidth, gl.drawingBufferHeight, pixelRatio, ...Array.from(matrix)];

export const sameKey = (a: FrameKey | null, b: FrameKey) =>
  a !== null && a.length === b.length && a.every((x, i) => x === b[i]);

type Target = { texture: WebGLTexture; framebuffer: WebGLFramebuffer; width: number; height: number };

export type FrameCache = {
  /**
   * Draws the layer's picture of `events` events onto the bound target. With fewer than
   * CACHED_FROM, `paint` draws them there; with more, it paints into the cache, and only when
   * `key` differs from the last frame's: otherwise the picture kept is copied.
   */
  draw(gl: WebGL2RenderingContext, picture: { events: number; key: FrameKey }, paint: () => void): void;
  /** Frees everything, as the layer leaves the map. */
  dispose(gl: WebGL2RenderingContext): void;
};

function makeTarget(gl: WebGL2RenderingContext, width: number, height: number): Target {
  const texture = gl.createTexture() as WebGLTexture;
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height);
  const framebuffer = gl.createFramebuffer() as WebGLFramebuffer;
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
  return { texture, framebuffer, width, height };
}

function dropTarget(gl: WebGL2RenderingContext, t: Target | null): void {
  if (!t) return;
  gl.deleteFramebuffer(t.framebuffer);
  gl.deleteTexture(t.texture);
}

export function frameCache(): FrameCache {
  let target: Target | null = null;
  let kept: FrameKey | null = null;
  let copier: {
    program: WebGLProgram;
    vao: WebGLVertexArrayObject;
    picture: WebGLUniformLocation | null;
  } | null = null;

  /** Paints into the texture, sized to the drawing buffer, and leaves MapLibre's target bound. */
  const repaint = (gl: WebGL2RenderingContext, paint: () => void) => {
    const [width, height] = [gl.drawingBufferWidth, gl.drawingBufferHeight];
    const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    const texture = gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null;
    if (target?.width !== width || target.height !== height) {
      dropTarget(gl, target);
      target = makeTarget(gl, width, height);
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, target.framebuffer);
    const scissor = gl.isEnabled(gl.SCISSOR_TEST);
    gl.disable(gl.SCISSOR_TEST);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (scissor) gl.enable(gl.SCISSOR_TEST);
    paint();
    gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
    gl.bindTexture(gl.TEXTURE_2D, texture);
  };

  const copy = (gl: WebGL2RenderingContext, picture: WebGLTexture) => {
    if (!copier) {
      const program = link(gl, COPY_VERTEX, COPY_FRAGMENT);
      const vao = gl.createVertexArray() as WebGLVertexArrayObject;
      copier = { program, vao, picture: gl.getUniformLocation(program, 'u_picture') };
    }
    const unit = gl.getParameter(gl.ACTIVE_TEXTURE) as number;
    gl.activeTexture(gl.TEXTURE0);
    const texture = gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null;
    gl.useProgram(copier.program);
    gl.bindVertexArray(copier.vao);
    gl.bindTexture(gl.TEXTURE_2D, picture);
    gl.uniform1i(copier.picture, 0);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.activeTexture(unit);
  };
  const clear = (gl: WebGL2RenderingContext) => {
    dropTarget(gl, target);
    target = null;
    kept = null;
  };

  return {
    draw(gl, { events, key }, paint) {
      if (events < CACHED_FROM) {
        clear(gl);
        return paint();
      }
      if (!sameKey(kept, key) || !target) {
        repaint(gl, paint);
        kept = key;
      }
      if (target) copy(gl, target.texture);
    },
    dispose(gl) {
      clear(gl);
      if (!copier) return;
      gl.deleteProgram(copier.program);
      gl.deleteVertexArray(copier.vao);
      copier = null;
    },
  };
}
