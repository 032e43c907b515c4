// Encodes frames drawn on a canvas into a video file: WebCodecs does the encoding, mediabunny
// the muxing (WebM with VP9 everywhere WebCodecs is; MP4 with H.264 where the browser can encode
// it). The file is built in memory and finalized, so it carries its duration and its seek index
// (WebM cues, MP4's moov at the front) and seeks in common players.
import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  Quality,
  type VideoCodec,
  WebMOutputFormat,
} from 'mediabunny';

export type VideoFormat = 'webm' | 'mp4';

export const VIDEO_FORMATS: Record<VideoFormat, { label: string; codec: VideoCodec; mime: string }> = {
  webm: { label: 'WebM (VP9)', codec: 'vp9', mime: 'video/webm' },
  mp4: { label: 'MP4 (H.264)', codec: 'avc', mime: 'video/mp4' },
};

/** A key frame every second: a player seeks to any second without decoding far. */
const KEY_FRAME_SECONDS = 1;
const QUALITY = new Quality('high');

/** The formats this browser can encode at this size, WebM first; empty without WebCodecs. */
export async function encodableFormats(size: { width: number; height: number }): Promise<VideoFormat[]> {
  if (typeof VideoEncoder === 'undefined') return [];
  const formats = Object.keys(VIDEO_FORMATS) as VideoFormat[];
  const can = await Promise.all(
    formats.map((f) =>
      canEncodeVideo(VIDEO_FORMATS[f].codec, { ...size, quality: QUALITY }).catch(() => false),
    ),
  );
  return formats.filter((_, i) => can[i]);
}

export interface VideoEncoding {
  /** Encodes the canvas as it is now as frame `index`; resolves when more may be added. */
  add(index: number): Promise<void>;
  /** Finishes the file. */
  finish(): Promise<Blob>;
  /** Drops the file and frees the encoder. */
  cancel(): Promise<void>;
}

export async function startEncoding(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  format: VideoFormat,
  fps: number,
): Promise<VideoEncoding> {
  const target = new BufferTarget();
  const output = new Output({
    format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target,
  });
  const source = new CanvasSource(canvas, {
    codec: VIDEO_FORMATS[format].codec,
    quality: QUALITY,
    keyFrameInterval: KEY_FRAME_SECONDS,
  });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  return {
    add: (index) => source.add(index / fps, 1 / fps),
    finish: async () => {
      await output.finalize();
      if (!target.buffer) throw new Error('the video file was not written');
      return new Blob([target.buffer], { type: VIDEO_FORMATS[format].mime });
    },
    cancel: async () => {
      if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    },
  };
}
