// The dashed ring for events dated only to a week or a month, drawn once as an SDF image so
// the layer can colour it by kind. No sprite file, no network.
const SIZE = 32;

export function dashedRing(pixelRatio = 2): { width: number; height: number; data: Uint8ClampedArray } {
  const size = SIZE * pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the dashed ring');
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 2.2 * pixelRatio;
  ctx.setLineDash([3.2 * pixelRatio, 2.4 * pixelRatio]);
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, size / 2 - 7 * pixelRatio, 0, Math.PI * 2);
  ctx.stroke();
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}
