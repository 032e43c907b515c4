import { describe, expect, it } from 'vitest';
import { pictureKey, sameKey } from './frame-cache';

// The copying itself needs WebGL: tests/drawn-pixels.test.ts reads it from the drawn map.
describe('a picture’s key', () => {
  const gl = { drawingBufferWidth: 1280, drawingBufferHeight: 800 } as WebGL2RenderingContext;
  const matrix = Float64Array.from({ length: 16 }, (_, i) => i / 3);

  it('holds the layer’s state, the canvas, the pixel ratio and the camera', () => {
    expect(pictureKey([7, 3], gl, 2, matrix)).toEqual([7, 3, 1280, 800, 2, ...matrix]);
  });

  it('is the same only when every number is', () => {
    const key = pictureKey([1], gl, 1, matrix);
    expect(sameKey(null, key)).toBe(false);
    expect(sameKey(pictureKey([1], gl, 1, matrix), key)).toBe(true);
    expect(sameKey(pictureKey([2], gl, 1, matrix), key)).toBe(false);
    const moved = matrix.slice();
    moved[12] = (moved[12] as number) + 1e-9;
    expect(sameKey(pictureKey([1], gl, 1, moved), key)).toBe(false);
    const wider = { ...gl, drawingBufferWidth: 1281 } as WebGL2RenderingContext;
    expect(sameKey(pictureKey([1], wider, 1, matrix), key)).toBe(false);
    expect(sameKey(key.slice(0, 5), key)).toBe(false);
  });
});
