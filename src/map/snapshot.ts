// The snapshot command: a PNG of the map as drawn with the title, date, legend and credits drawn
// onto it (fillText: data stays text, never markup). The caller saves it.
import { datasets } from '../state/datasets';
import { visible } from '../state/store';
import { presentKinds, shownCount, timeState } from '../state/timeline';
import type { DrawnFrame, MapPort } from './port';
import { type SnapshotText, snapshotText } from './snapshot-legend';

export const FONT = '"Noto Sans", system-ui, sans-serif';

function legendBox(ctx: CanvasRenderingContext2D, t: SnapshotText, px: number): void {
  const line = 18 * px;
  ctx.font = `${12 * px}px ${FONT}`;
  const width = Math.max(
    ...[t.title, t.date, ...t.lines.map((l) => `    ${l.label}`)].map((s) => ctx.measureText(s).width),
  );
  const [x, y, pad] = [10 * px, 10 * px, 10 * px];
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x, y, width + 2 * pad + 8 * px, (t.lines.length + 2) * line + 2 * pad);
  ctx.fillStyle = '#2f2c28';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${13 * px}px ${FONT}`;
  ctx.fillText(t.title, x + pad, y + pad + line / 2);
  ctx.font = `${12 * px}px ${FONT}`;
  ctx.fillText(t.date, x + pad, y + pad + line * 1.5);
  t.lines.forEach((l, i) => {
    const cy = y + pad + line * (i + 2.5);
    ctx.fillStyle = l.color;
    if (l.shape === 'dot') {
      ctx.beginPath();
      ctx.arc(x + pad + 6 * px, cy, 5 * px, 0, 2 * Math.PI);
      ctx.fill();
    } else if (l.shape === 'square') ctx.fillRect(x + pad + 1 * px, cy - 5 * px, 10 * px, 10 * px);
    else ctx.fillRect(x + pad, cy - 5 * px, 12 * px, 10 * px);
    ctx.fillStyle = '#2f2c28';
    ctx.fillText(l.label, x + pad + 20 * px, cy);
  });
}

function credits(ctx: CanvasRenderingContext2D, text: string, px: number): void {
  const { width, height } = ctx.canvas;
  ctx.font = `${10 * px}px ${FONT}`;
  const w = Math.min(width, ctx.measureText(text).width + 12 * px);
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(width - w, height - 16 * px, w, 16 * px);
  ctx.fillStyle = '#2f2c28';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  ctx.fillText(text, width - 6 * px, height - 8 * px, width - 12 * px);
  ctx.textAlign = 'left';
}

/** The title, the date, the legend and the credits, as the app's state says now, drawn at `px`. */
export function drawNotes(ctx: CanvasRenderingContext2D, px: number): void {
  const s = timeState.peek();
  const text = snapshotText({
    time: s.time,
    mode: s.mode,
    windowDays: s.windowDays,
    layers: visible.peek(),
    kinds: s.kinds,
    presentKinds: presentKinds.peek(),
    imports: datasets.peek(),
    shown: shownCount.peek(),
  });
  legendBox(ctx, text, px);
  credits(ctx, text.credits, px);
}

/** The map as just drawn plus its legend, copied before the buffer clears. */
function compose({ canvas: source, pixelRatio: px }: DrawnFrame): Promise<Blob | null> {
  const out = document.createElement('canvas');
  [out.width, out.height] = [source.width, source.height];
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.drawImage(source, 0, 0);
  drawNotes(ctx, px);
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}

/** Reads the next frame as it is drawn: the WebGL buffer is cleared after each frame. */
export const snapshot = (port: MapPort): Promise<Blob | null> => port.nextFrame(compose);
