// The map side of a video export: the map drawn at the video's size, then for each frame the
// time set through the app's own actions, the camera placed, the first frame with every tile in
// place read, and the date, legend, title and credits (and a story's caption) drawn over it, as
// the PNG snapshot draws them. A frame that shows what the one before showed is not drawn again.
// Afterwards, done or cancelled, the map gets its size, time and view back.
import { videoCamera } from '../export/video-camera';
import { renderScale, sameFrame, type VideoFrame } from '../export/video-plan';
import { abortError, type FrameJob } from '../export/video-record';
import { currentDay, mode, windowDays } from '../state/timeline';
import { setMode, setTime, setWindowDays } from '../state/timeline-actions';
import { coveredInsets } from './framing';
import type { DrawnFrame, MapPort } from './port';
import { drawNotes, FONT } from './snapshot';

/** A story's caption, along the bottom above the credits: white on dark, wrapped to the width. */
function captionBand(ctx: CanvasRenderingContext2D, text: string, px: number): void {
  const { width, height } = ctx.canvas;
  const [size, pad, maxWidth] = [18 * px, 12 * px, Math.min(width * 0.8, 900 * px)];
  ctx.font = `${size}px ${FONT}`;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const line = lines.length ? `${lines[lines.length - 1]} ${word}` : word;
    if (lines.length && ctx.measureText(line).width <= maxWidth) lines[lines.length - 1] = line;
    else lines.push(word);
  }
  const shown = lines.slice(0, 4);
  const boxHeight = shown.length * size * 1.3 + 2 * pad;
  const top = height - 24 * px - boxHeight;
  ctx.fillStyle = 'rgba(20,20,20,0.78)';
  ctx.fillRect((width - maxWidth) / 2 - pad, top, maxWidth + 2 * pad, boxHeight);
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  shown.forEach((l, i) => {
    ctx.fillText(l, width / 2, top + pad + size * 1.3 * (i + 0.5), maxWidth);
  });
  ctx.textAlign = 'left';
}

/** The map image scaled to the video's exact size, and what is burnt in over it. */
function drawFrame(ctx: CanvasRenderingContext2D, drawn: DrawnFrame, caption: string | undefined): void {
  const { width, height } = ctx.canvas;
  ctx.drawImage(drawn.canvas, 0, 0, width, height);
  drawNotes(ctx, drawn.pixelRatio);
  if (caption) captionBand(ctx, caption, drawn.pixelRatio);
}

/** The frame's time, through the same actions the slider and the mode buttons use. */
function showTime(frame: VideoFrame): void {
  setMode(frame.window === null ? 'cumulative' : 'window');
  if (frame.window !== null) setWindowDays(frame.window);
  setTime(frame.day);
}

export async function renderVideoFrames(port: MapPort, job: FrameJob): Promise<void> {
  const ctx = job.canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the video’s frames.');
  const before = { day: currentDay.peek(), mode: mode.peek(), windowDays: windowDays.peek() };
  const [view, screen] = [port.view(), port.size()];
  const scale = renderScale(job.canvas);
  // What the user sees of the map (not what the panels cover), fitted to the video's frame.
  const framed = videoCamera(view, screen, coveredInsets(screen), scale);
  port.renderAt(scale);
  try {
    let last: VideoFrame | null = null;
    for (const [i, frame] of job.frames.entries()) {
      if (job.signal.aborted) throw abortError();
      if (!last || !sameFrame(last, frame)) {
        showTime(frame);
        if (!last || last.camera !== frame.camera) port.jumpTo(frame.camera ?? framed);
        await port.idleFrame((drawn) => drawFrame(ctx, drawn, frame.caption));
      }
      last = frame;
      await job.onFrame(i);
    }
  } finally {
    port.renderAt(null);
    setMode(before.mode);
    setWindowDays(before.windowDays);
    setTime(before.day);
    port.jumpTo(view);
  }
}
