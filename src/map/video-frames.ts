// The map side of a video export: the map drawn at the video's size, then for each frame the
// time set through the app's own actions, the camera placed, the first frame with every tile in
// place read, and the date, legend, title and credits (and a story step's heading and caption)
// drawn over it, as the PNG snapshot draws them. A story's frames also set their step's layers
// and kinds. A frame that shows what the one before showed is not drawn again. Afterwards, done
// or cancelled, the map gets its size, time, layers, kinds, selection and view back, exactly.
import { videoCamera } from '../export/video-camera';
import { type Camera, renderScale, sameCamera, sameFrame, type VideoFrame } from '../export/video-plan';
import { abortError, type FrameJob } from '../export/video-record';
import { keepMapState, showScene } from '../state/story-video';
import { setMode, setTime, setWindowDays } from '../state/timeline-actions';
import { coveredInsets } from './framing';
import type { DrawnFrame, MapPort } from './port';
import { drawNotes, FONT } from './snapshot';

/** The type of a caption band, in css px of a 720-line picture: smaller for a long caption, to a floor. */
const [BAND_SIZE, BAND_FLOOR, LINE] = [18, 12, 1.3];

/** Words into lines no wider than `max` at the context's font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const line = lines.length ? `${lines[lines.length - 1]} ${word}` : word;
    if (lines.length && ctx.measureText(line).width <= max) lines[lines.length - 1] = line;
    else lines.push(word);
  }
  return lines;
}

type BandLine = { text: string; bold: boolean };

/** The heading (bold) and caption as lines at `size`. */
function bandLines(ctx: CanvasRenderingContext2D, band: Band, size: number, max: number): BandLine[] {
  ctx.font = `bold ${size}px ${FONT}`;
  const head = wrap(ctx, band.heading ?? '', max).map((text) => ({ text, bold: true }));
  ctx.font = `${size}px ${FONT}`;
  return [...head, ...wrap(ctx, band.caption ?? '', max).map((text) => ({ text, bold: false }))];
}

/** The largest type at which the band fits in `room` px; at the floor, what fits, the last line with "…". */
function fitBand(ctx: CanvasRenderingContext2D, band: Band, px: number, max: number, room: number) {
  for (let size = BAND_SIZE * px; ; size -= px) {
    const lines = bandLines(ctx, band, size, max);
    const fit = Math.max(1, Math.floor(room / (size * LINE)));
    if (lines.length <= fit) return { size, lines };
    if (size - px >= BAND_FLOOR * px) continue;
    const kept = lines.slice(0, fit);
    const last = kept[fit - 1] as BandLine;
    kept[fit - 1] = { ...last, text: `${last.text.replace(/[\s.,;:]+$/, '')} …` };
    return { size, lines: kept };
  }
}

type Band = Pick<VideoFrame, 'heading' | 'caption'>;

/**
 * A story step's heading and caption along the bottom, above the credits: white on dark, in at
 * most a third of the picture's height, wrapped to its width.
 */
function captionBand(ctx: CanvasRenderingContext2D, band: Band, px: number): void {
  const { width, height } = ctx.canvas;
  const [pad, max] = [10 * px, Math.min(width * 0.84, 960 * px)];
  const { size, lines } = fitBand(ctx, band, px, max, height / 3 - 2 * pad);
  const boxHeight = lines.length * size * LINE + 2 * pad;
  const top = height - 24 * px - boxHeight;
  ctx.fillStyle = 'rgba(20,20,20,0.8)';
  ctx.fillRect((width - max) / 2 - pad, top, max + 2 * pad, boxHeight);
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  lines.forEach((l, i) => {
    ctx.font = `${l.bold ? 'bold ' : ''}${size}px ${FONT}`;
    ctx.fillText(l.text, width / 2, top + pad + size * LINE * (i + 0.5), max);
  });
  ctx.textAlign = 'left';
}

/** The map image scaled to the video's exact size, and what is burnt in over it. */
function drawFrame(ctx: CanvasRenderingContext2D, drawn: DrawnFrame, band: Band): void {
  const { width, height } = ctx.canvas;
  ctx.drawImage(drawn.canvas, 0, 0, width, height);
  drawNotes(ctx, drawn.pixelRatio);
  if (band.heading || band.caption) captionBand(ctx, band, drawn.pixelRatio);
}

/** The frame's scene and time, through the same actions the story, the slider and the mode buttons use. */
function showState(frame: VideoFrame, last: VideoFrame | null): void {
  if (frame.scene && frame.scene !== last?.scene) showScene(frame.scene);
  setMode(frame.window === null ? 'cumulative' : 'window');
  if (frame.window !== null) setWindowDays(frame.window);
  setTime(frame.day);
}

/** Exactly there, bearing too (a view with none is north up). */
const place = (port: MapPort, c: Camera) =>
  port.moveTo({ ...c, bearing: c.bearing ?? 0 }, { animate: false });

export async function renderVideoFrames(port: MapPort, job: FrameJob): Promise<void> {
  const ctx = job.canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the video’s frames.');
  const [view, screen] = [port.view(), port.size()];
  const scale = renderScale(job.canvas);
  // What the user sees of the map (not what the panels cover), fitted to the video's frame.
  const framed = videoCamera(view, screen, coveredInsets(screen), scale);
  const restore = keepMapState();
  port.renderAt(scale);
  try {
    let last: VideoFrame | null = null;
    for (const [i, frame] of job.frames.entries()) {
      if (job.signal.aborted) throw abortError();
      if (!last || !sameFrame(last, frame)) {
        showState(frame, last);
        if (!last || !sameCamera(last.camera, frame.camera)) place(port, frame.camera ?? framed);
        await port.idleFrame((drawn) => drawFrame(ctx, drawn, frame));
      }
      last = frame;
      await job.onFrame(i);
    }
  } finally {
    port.renderAt(null);
    restore();
    place(port, view);
  }
}
