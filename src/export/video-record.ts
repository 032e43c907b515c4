// A video export from its plan to its file: a canvas of the video's exact size, an encoder over
// it, and a renderer (the map's videoFrames command) that draws each frame on the canvas and
// says when it is there. Frames are drawn one by one, never screen-recorded, so the video is
// smooth however slow the machine. Knows no map and no app state: both come in as arguments.
import { startEncoding, type VideoFormat } from './video-encode';
import { VIDEO_FPS, type VideoFrame } from './video-plan';

export type FrameJob = {
  frames: readonly VideoFrame[];
  /** The video's size in pixels: the canvas is exactly this big. */
  canvas: HTMLCanvasElement;
  /** Called once frame `index` is drawn on the canvas; the next waits for it. */
  onFrame: (index: number) => Promise<void>;
  signal: AbortSignal;
};

export type Recording = {
  frames: readonly VideoFrame[];
  size: { width: number; height: number };
  format: VideoFormat;
  render: (job: FrameJob) => Promise<void>;
  /** Frames done, of all. */
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
};

export const abortError = () => new DOMException('The video export was cancelled.', 'AbortError');

export async function recordVideo(r: Recording): Promise<Blob> {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [r.size.width, r.size.height];
  const encoding = await startEncoding(canvas, r.format, VIDEO_FPS);
  try {
    await r.render({
      frames: r.frames,
      canvas,
      signal: r.signal,
      onFrame: async (index) => {
        await encoding.add(index);
        r.onProgress(index + 1, r.frames.length);
      },
    });
    if (r.signal.aborted) throw abortError();
    return await encoding.finish();
  } catch (error) {
    await encoding.cancel();
    throw error;
  }
}
