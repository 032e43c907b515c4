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
  /** Where each record attribute is bound: moved to draw one instance (WebGL2 has no base instance). */
  bound: readonly { at: number; size: number; offset: number }[];
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
  const bound = attributes.map(([name, size, offset]) => ({
    at: gl.getAttribLocation(program, name),
    size,
    offset,
  }));
  for (const { at, size, offset } of bound) {
    gl.enableVertexAttribArray(at);
    gl.vertexAttribPointer(at, size, gl.FLOAT, false, STRIDE * 4, offset * 4);
    if (instanced) gl.vertexAttribDivisor(at, 1);
  }
  gl.bindVertexArray(null);
  const locations = Object.fromEntries(uniforms.map((u) => [u, gl.getUniformLocation(program, u)]));
  return { program, vao, buffer, uniforms: locations, uploaded: null, bound };
}

/**
 * Points the record attributes of `d`'s vertex array (bound, its data uploaded) at record
 * `first`, so a draw of one instance draws that record; `first` 0 puts them back.
 */
export function startAtRecord(gl: WebGL2RenderingContext, d: Drawer, first: number): void {
  gl.bindBuffer(gl.ARRAY_BUFFER, d.buffer);
  for (const { at, size, offset } of d.bound)
    gl.vertexAttribPointer(at, size, gl.FLOAT, false, STRIDE * 4, (first * STRIDE + offset) * 4);
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
