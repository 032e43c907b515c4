// What the GPU draws, read back: for tests. The layer draws its slice once more with the real
// programs and uniforms, but with `u_census` on (shaders.ts) every instance the shader keeps
// writes one white pixel at its own index into a small offscreen target, and a hidden one writes
// nothing. Reading the target back gives the drawn instances, decided by the shader itself, not
// by a copy of its rule. Runs inside the layer's render, after the real draw, and restores the
// GL state MapLibre relies on.

/** Pixels per row of the census target. */
const WIDTH = 1024;

export type CensusDraw = {
  /** How many instances the run holds: the target has a pixel for each. */
  count: number;
  /** Draws the run with `u_census` set to the target's size. */
  draw(census: [number, number, number]): void;
};

function target(gl: WebGL2RenderingContext, height: number) {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, WIDTH, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
  const framebuffer = gl.createFramebuffer();
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
  return { texture, framebuffer };
}

/** The indices (0 … count − 1) of the instances `run.draw` puts on screen. */
export function census(gl: WebGL2RenderingContext, run: CensusDraw): number[] {
  if (run.count === 0) return [];
  const height = Math.ceil(run.count / WIDTH);
  const saved = {
    framebuffer: gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null,
    texture: gl.getParameter(gl.TEXTURE_BINDING_2D) as WebGLTexture | null,
    viewport: gl.getParameter(gl.VIEWPORT) as Int32Array,
    scissor: gl.isEnabled(gl.SCISSOR_TEST),
    blend: gl.isEnabled(gl.BLEND),
  };
  const { texture, framebuffer } = target(gl, height);
  gl.viewport(0, 0, WIDTH, height);
  gl.disable(gl.SCISSOR_TEST);
  gl.disable(gl.BLEND);
  gl.clearColor(0, 0, 0, 0);
  gl.clear(gl.COLOR_BUFFER_BIT);
  run.draw([1, WIDTH, height]);
  const pixels = new Uint8Array(WIDTH * height * 4);
  gl.readPixels(0, 0, WIDTH, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);

  gl.bindFramebuffer(gl.FRAMEBUFFER, saved.framebuffer);
  gl.bindTexture(gl.TEXTURE_2D, saved.texture);
  gl.viewport(saved.viewport[0] ?? 0, saved.viewport[1] ?? 0, saved.viewport[2] ?? 0, saved.viewport[3] ?? 0);
  if (saved.scissor) gl.enable(gl.SCISSOR_TEST);
  if (saved.blend) gl.enable(gl.BLEND);
  gl.deleteFramebuffer(framebuffer);
  gl.deleteTexture(texture);

  const drawn: number[] = [];
  for (let i = 0; i < run.count; i++) if ((pixels[i * 4 + 3] ?? 0) > 0) drawn.push(i);
  return drawn;
}
