// A layer's last picture kept in a texture, for the frames in which nothing it draws has changed.
// MapLibre repaints the whole map for reasons of its own (a label fading in, a source loading, a
// layer toggled, a hover), and a million events drawn again for each cost seconds in software
// rendering, twice after every import. With the cache such a frame copies one texture instead,
// and a time step that only reveals events (cumulative mode, forward) draws just those over it.
// The layer draws with premultiplied "over" blending, which is associative: its events drawn onto
// a clear texture and the texture then drawn over the map give the map the same pixels as the
// events drawn onto it one by one (to the rounding of 8-bit colour); and the points are sorted by
// day, so those a step reveals come after every one already kept, as in a picture drawn anew.
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

/** What a picture depends on, as numbers: two frames with equal keys and reach draw the same pixels. */
export type FrameKey = readonly number[];

/**
 * From this many events a frame keeps its picture for the next: below it, drawing them again
 * costs about what copying the picture does.
 */
export const CACHED_FROM = 20_000;

/**
 * A picture depends on the layer's own state (its changes of data, state and visibility, and
 * what the day does to every event drawn, as numbers), the camera and the canvas.
 */
export const pictureKey = (
  state: readonly number[],
  gl: WebGL2RenderingContext,
  pixelRatio: number,
  matrix: ArrayLike<number>,
): FrameKey => [...state, gl.drawingBufferWidth, gl.drawingBufferHeight, pixelRatio, ...Array.from(matrix)];

export const sameKey = (a: FrameKey | null, b: FrameKey) =>
  a !== null && a.length === b.length && a.every((x, i) => x === b[i]);

/** How far a picture reaches: the points up to index `reach` in the layer's run, drawn on `day`. */
export type Reach = { reach: number; day: number };

export type Picture = Reach & {
  /** The events the frame may draw: below CACHED_FROM nothing is kept. */
  events: number;
  key: FrameKey;
};

export type Painter = {
  /** Draws the picture onto the bound target: all of it, or with `from` only the points from there to its reach. */
  paint(from: number | null): void;
  /** Whether the picture kept, drawn to its reach on its day, shows what it holds as the picture's day does. */
  holds(kept: Reach): boolean;
};

type Target = { texture: WebGLTexture; framebuffer: WebGLFramebuffer; width: number; height: number };

export type FrameCache = {
  /**
   * Draws the layer's picture onto the bound target. Below CACHED_FROM events it paints there;
   * from it, into the texture kept, and copies that: painted anew when the key differs from the
   * kept one's, extended by the points past the kept reach when it holds, else only copied.
   */
  draw(gl: WebGL2RenderingContext, picture: Picture, painter: Painter): void;
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

/** A cache for pictures of `cachedFrom` events or more (CACHED_FROM for points). */
export function frameCache(cachedFrom = CACHED_FROM): FrameCache {
  let target: Target | null = null;
  let kept: (Reach & { key: FrameKey }) | null = null;
  let copier: {
    program: WebGLProgram;
    vao: WebGLVertexArrayObject;
    picture: WebGLUniformLocation | null;
  } | null = null;

  /** Paints into the texture, sized to the drawing buffer (cleared first, or over what it keeps). */
  const into = (gl: WebGL2RenderingContext, cleared: boolean, paint: () => void) => {
    const [width, height] = [gl.drawingBufferWidth, gl.drawingBufferHeight];
    const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    const texture = gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null;
    if (target?.width !== width || target.height !== height) {
      dropTarget(gl, target);
      target = makeTarget(gl, width, height);
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, target.framebuffer);
    if (cleared) {
      const scissor = gl.isEnabled(gl.SCISSOR_TEST);
      gl.disable(gl.SCISSOR_TEST);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      if (scissor) gl.enable(gl.SCISSOR_TEST);
    }
    paint();
    gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    return target;
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

  /** Draws what the kept picture lacks, if anything, and returns the texture to copy. */
  const update = (gl: WebGL2RenderingContext, picture: Picture, painter: Painter): Target => {
    const had = kept;
    kept = { key: picture.key, reach: picture.reach, day: picture.day };
    const holds =
      had && target && sameKey(had.key, picture.key) && picture.reach >= had.reach && painter.holds(had);
    if (!holds || !target) return into(gl, true, () => painter.paint(null));
    if (picture.reach > had.reach) return into(gl, false, () => painter.paint(had.reach));
    return target;
  };

  return {
    draw(gl, picture, painter) {
      if (picture.events < cachedFrom) {
        clear(gl);
        return painter.paint(null);
      }
      copy(gl, update(gl, picture, painter).texture);
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
