// The events as one MapLibre custom layer: instanced quads over typed arrays uploaded once.
// A time step is a uniform change plus a narrower draw range, never a data rebuild, so it
// behaves the same with 50 events or a million.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { KIND_INFO, KINDS } from '../../data/kinds';
import { LAYER } from '../../layers/ids';
import { type EventArrays, STRIDE, visibleRange } from './arrays';
import { hexToRgb, link } from './gl-util';
import { FRAGMENT, VERTEX } from './shaders';

export type EventLayerState = {
  time: number;
  windowStart: number;
  /** Days over which older events fade; huge in cumulative mode, so nothing fades. */
  windowDays: number;
  kindMask: number;
  revealedFrom: number;
  pulse: number;
  /** Instance index of the selected event, or -1. */
  selected: number;
};

const INSTANCE_ATTRIBUTES = [
  ['a_pos', 2, 0],
  ['a_day', 1, 2],
  ['a_kind', 1, 3],
  ['a_flags', 1, 4],
  ['a_radius', 1, 5],
] as const;

const UNIFORMS = [
  'u_matrix',
  'u_viewport',
  'u_pixelRatio',
  'u_dotRadius',
  'u_worldPx',
  'u_time',
  'u_windowDays',
  'u_kindMask',
  'u_revealedFrom',
  'u_pulse',
  'u_selected',
  'u_colors',
] as const;

const COLORS = new Float32Array(16 * 3);
for (const [i, k] of KINDS.entries()) COLORS.set(hexToRgb(KIND_INFO[k].color), i * 3);

/** Dot radius in css px: small when zoomed out, where dots crowd. */
const dotRadius = (zoom: number) => Math.max(3.5, Math.min(7, 4.5 + ((zoom - 4) * 2.5) / 6));

export class EventLayer implements CustomLayerInterface {
  readonly id = LAYER.events;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  arrays: EventArrays | null = null;
  state: EventLayerState = {
    time: 0,
    windowStart: -1e9,
    windowDays: 1e9,
    kindMask: 0xffff,
    revealedFrom: 1e9,
    pulse: 1,
    selected: -1,
  };
  /** Frames drawn, for tests and the benchmark to know a frame with the new state is out. */
  frames = 0;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private instances: WebGLBuffer | null = null;
  private loc: Record<string, WebGLUniformLocation | null> = {};
  private attrib: Record<string, number> = {};
  private uploaded = false;

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!('createVertexArray' in gl)) throw new Error('the event layer needs WebGL2');
    this.map = map;
    this.gl = gl;
    this.program = link(gl, VERTEX, FRAGMENT);
    for (const u of UNIFORMS) this.loc[u] = gl.getUniformLocation(this.program, u);
    for (const [name] of INSTANCE_ATTRIBUTES) this.attrib[name] = gl.getAttribLocation(this.program, name);
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    const quad = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, quad);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    const corner = gl.getAttribLocation(this.program, 'a_corner');
    gl.enableVertexAttribArray(corner);
    gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
    this.instances = gl.createBuffer();
    for (const [name] of INSTANCE_ATTRIBUTES) {
      const at = this.attrib[name] as number;
      gl.enableVertexAttribArray(at);
      gl.vertexAttribDivisor(at, 1);
    }
    gl.bindVertexArray(null);
    this.uploaded = false;
  }

  onRemove(_map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    const gl2 = gl as WebGL2RenderingContext;
    gl2.deleteBuffer(this.instances);
    gl2.deleteVertexArray(this.vao);
    gl2.deleteProgram(this.program);
    this.map = null;
  }

  setData(arrays: EventArrays): void {
    this.arrays = arrays;
    this.uploaded = false;
    this.map?.triggerRepaint();
  }

  setState(next: Partial<EventLayerState>): void {
    let changed = false;
    for (const [k, v] of Object.entries(next) as [keyof EventLayerState, number][]) {
      if (this.state[k] !== v) {
        this.state[k] = v;
        changed = true;
      }
    }
    if (changed) this.map?.triggerRepaint();
  }

  /** The instances that can be drawn now: windowStart < day ≤ time (kinds filter in the shader). */
  range(): [number, number] {
    if (!this.arrays) return [0, 0];
    return visibleRange(this.arrays.days, this.state.windowStart, this.state.time);
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const [from, to] = this.range();
    if (!this.arrays || !this.map || !this.program || to <= from) return;
    if (!this.uploaded) {
      gl2.bindBuffer(gl2.ARRAY_BUFFER, this.instances);
      gl2.bufferData(gl2.ARRAY_BUFFER, this.arrays.data, gl2.STATIC_DRAW);
      this.uploaded = true;
    }
    gl2.useProgram(this.program);
    this.setUniforms(gl2, args, from);
    gl2.bindVertexArray(this.vao);
    gl2.bindBuffer(gl2.ARRAY_BUFFER, this.instances);
    for (const [name, size, offset] of INSTANCE_ATTRIBUTES) {
      gl2.vertexAttribPointer(
        this.attrib[name] as number,
        size,
        gl2.FLOAT,
        false,
        STRIDE * 4,
        (from * STRIDE + offset) * 4,
      );
    }
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    gl2.drawArraysInstanced(gl2.TRIANGLE_STRIP, 0, 4, to - from);
    gl2.bindVertexArray(null);
    this.frames++;
  }

  private setUniforms(gl: WebGL2RenderingContext, args: CustomRenderMethodInput, from: number): void {
    const map = this.map as MapLibreMap;
    const s = this.state;
    const pr = map.getPixelRatio();
    const zoom = map.getZoom();
    const u = this.loc;
    gl.uniformMatrix4fv(u.u_matrix as WebGLUniformLocation, false, args.defaultProjectionData.mainMatrix);
    gl.uniform2f(u.u_viewport as WebGLUniformLocation, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(u.u_pixelRatio as WebGLUniformLocation, pr);
    gl.uniform1f(u.u_dotRadius as WebGLUniformLocation, dotRadius(zoom));
    gl.uniform1f(u.u_worldPx as WebGLUniformLocation, 512 * 2 ** zoom * pr);
    gl.uniform1f(u.u_time as WebGLUniformLocation, s.time);
    gl.uniform1f(u.u_windowDays as WebGLUniformLocation, s.windowDays);
    gl.uniform1i(u.u_kindMask as WebGLUniformLocation, s.kindMask);
    gl.uniform1f(u.u_revealedFrom as WebGLUniformLocation, s.revealedFrom);
    gl.uniform1f(u.u_pulse as WebGLUniformLocation, s.pulse);
    gl.uniform1i(u.u_selected as WebGLUniformLocation, s.selected >= from ? s.selected - from : -1);
    gl.uniform3fv(u.u_colors as WebGLUniformLocation, COLORS);
  }

  /** Ids of the events drawn with the current state: the map's answer to "what is shown?". */
  drawnIds(): string[] {
    const a = this.arrays;
    if (!a) return [];
    const [from, to] = this.range();
    const out: string[] = [];
    for (let i = from; i < to; i++) {
      if ((this.state.kindMask >> (a.data[i * STRIDE + 3] as number)) & 1) out.push(a.ids[i] as string);
    }
    return out;
  }
}
