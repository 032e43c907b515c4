// A program, its vertex array and its buffer: one per kind of event geometry.
import { STRIDE } from '../../layers/event-drawing/instance';
import { link } from './gl-util';

export type Attribute = readonly [name: string, size: number, offset: number];

export type Drawer = {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  uniforms: Record<string, WebGLUniformLocation | null>;
  uploaded: Float32Array | null;
};

const UNIT_QUAD = new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]);

/**
 * `instanced`: one quad per record (a_corner per vertex, the record's attributes per instance);
 * otherwise one vertex per record.
 */
export function makeDrawer(
  gl: WebGL2RenderingContext,
  shaders: { vertex: string; fragment: string },
  attributes: readonly Attribute[],
  uniforms: readonly string[],
  instanced: boolean,
): Drawer {
  const program = link(gl, shaders.vertex, shaders.fragment);
  const vao = gl.createVertexArray();
  const buffer = gl.createBuffer();
  gl.bindVertexArray(vao);
  if (instanced) {
    gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
    gl.bufferData(gl.ARRAY_BUFFER, UNIT_QUAD, gl.STATIC_DRAW);
    const corner = gl.getAttribLocation(program, 'a_corner');
    gl.enableVertexAttribArray(corner);
    gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
  }
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  for (const [name, size, offset] of attributes) {
    const at = gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(at);
    gl.vertexAttribPointer(at, size, gl.FLOAT, false, STRIDE * 4, offset * 4);
    if (instanced) gl.vertexAttribDivisor(at, 1);
  }
  gl.bindVertexArray(null);
  const locations = Object.fromEntries(uniforms.map((u) => [u, gl.getUniformLocation(program, u)]));
  return { program, vao, buffer, uniforms: locations, uploaded: null };
}

/** Uploads `data` once; later frames reuse the buffer. */
export function upload(gl: WebGL2RenderingContext, d: Drawer, data: Float32Array): void {
  if (d.uploaded === data) return;
  gl.bindBuffer(gl.ARRAY_BUFFER, d.buffer);
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  d.uploaded = data;
}

export function deleteDrawer(gl: WebGL2RenderingContext, d: Drawer): void {
  gl.deleteBuffer(d.buffer);
  gl.deleteVertexArray(d.vao);
  gl.deleteProgram(d.program);
}
