// "Export video": a dialog that asks what to record (the time span, or a story step by step), the
// span, the length, the size and the format, then records the map frame by frame with a progress
// bar and Cancel, and saves the video and its captions (.vtt) under one name. A span shows what
// the map shows now (layers, kinds and mode); a story, what each of its steps shows.
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseIsoDate, toIsoDate } from '../data/dates';
import { download } from '../export/download';
import { appearances, eventCues } from '../export/video-cues';
import { encodableFormats, type VideoFormat } from '../export/video-encode';
import { videoFileNames } from '../export/video-files';
import { DEFAULT_SECONDS, eventSpan, spanFrames, VIDEO_FPS, VIDEO_SIZES } from '../export/video-plan';
import { recordVideo } from '../export/video-record';
import { storySeconds, type VideoTake } from '../export/video-story';
import { toVtt } from '../export/vtt';
import { mapCommands } from '../state/map-commands';
import type { Story } from '../state/story-schema';
import { type RecordableStory, recordableStories, storyTake } from '../state/story-video';
import { kindsVisible, mode, range, shownSets, windowDays } from '../state/timeline';
import { type Settings, VideoFields } from './VideoFields';
import { VideoProgress } from './VideoProgress';
import { SPAN } from './VideoSource';
import './video.css';

type Status =
  | { kind: 'ready'; note?: string }
  | { kind: 'recording'; done: number; total: number }
  | { kind: 'error'; text: string };

/** The span of the events shown, for 20 s; with a story open, that story at four seconds a step. */
function defaults(stories: readonly RecordableStory[]): Settings {
  const span =
    eventSpan(
      shownSets.peek().map((s) => s.events.index.byKind),
      kindsVisible.peek(),
    ) ?? range.peek();
  const open = stories.find((s) => s.key === 'open');
  return {
    record: open?.key ?? SPAN,
    from: toIsoDate(span.start),
    to: toIsoDate(span.end),
    seconds: open ? storySeconds(open.story.steps.length) : DEFAULT_SECONDS,
    size: VIDEO_SIZES[0]?.id ?? '',
    format: 'webm',
  };
}

/** The span day by day as the map is set now; one cue per event as it appears. */
function spanTake(s: Settings): VideoTake {
  const [start, end] = [parseIsoDate(s.from) ?? 0, parseIsoDate(s.to) ?? 0];
  const frames = spanFrames({
    start,
    end,
    seconds: s.seconds,
    fps: VIDEO_FPS,
    window: mode.peek() === 'window' ? windowDays.peek() : null,
  });
  const sets = shownSets.peek().map((set) => set.events);
  const cues = eventCues(appearances(sets, frames, kindsVisible.peek()), frames.length, VIDEO_FPS);
  return { frames, cues, names: videoFileNames(start, end, s.format) };
}

/** Records with the settings and saves both files; the captions are worked out before the first frame. */
async function record(
  s: Settings,
  story: Story | null,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
) {
  const size = VIDEO_SIZES.find((v) => v.id === s.size) ?? VIDEO_SIZES[0];
  if (!size) throw new Error('no video size');
  const take = story ? storyTake(story, s.seconds, size, s.format) : spanTake(s);
  const video = await recordVideo({
    frames: take.frames,
    size,
    format: s.format,
    render: (job) => mapCommands.videoFrames(job),
    onProgress,
    signal,
  });
  download(video, take.names.video);
  download(toVtt(take.cues), take.names.captions, 'text/vtt');
  return `Saved ${take.names.video} and its captions, ${take.names.captions}.`;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** One recording at a time: its status, and start and cancel. Unmounting cancels it. */
function useRecorder(stories: readonly RecordableStory[]) {
  const abort = useRef<AbortController | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'ready' });
  useEffect(() => () => abort.current?.abort(), []);
  const start = async (settings: Settings) => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'recording', done: 0, total: 0 });
    try {
      const story = stories.find((c) => c.key === settings.record)?.story ?? null;
      const note = await record(settings, story, controller.signal, (done, total) =>
        setStatus({ kind: 'recording', done, total }),
      );
      setStatus({ kind: 'ready', note });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setStatus(
        isAbort(e)
          ? { kind: 'ready', note: 'Cancelled: nothing was saved.' }
          : { kind: 'error', text: `The video could not be made: ${why}` },
      );
    } finally {
      abort.current = null;
    }
  };
  return { status, start, cancel: () => abort.current?.abort() };
}

/** What this browser can encode at the chosen size; a format it cannot falls back to the first it can. */
function useFormats(settings: Settings, setSettings: (update: (s: Settings) => Settings) => void) {
  const [formats, setFormats] = useState<VideoFormat[] | null>(null);
  const size = VIDEO_SIZES.find((v) => v.id === settings.size);
  useEffect(() => {
    if (!size) return;
    void encodableFormats(size).then((can) => {
      setFormats(can);
      setSettings((s) => (can.includes(s.format) || !can[0] ? s : { ...s, format: can[0] }));
    });
  }, [size, setSettings]);
  return formats;
}

export function VideoDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Asked once: nothing else can change the stories while the dialog is open (it is modal).
  const [stories] = useState(recordableStories);
  const [settings, setSettings] = useState(() => defaults(stories));
  const formats = useFormats(settings, setSettings);
  const { status, start, cancel } = useRecorder(stories);
  const busy = status.kind === 'recording';
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const wasBusy = useRef(false);
  useEffect(() => {
    // The progress bar (and its Cancel, which had focus) gave way to the form: focus stays inside.
    if (wasBusy.current && !busy) ref.current?.querySelector<HTMLElement>('.primary')?.focus();
    wasBusy.current = busy;
  }, [busy]);
  return (
    <dialog
      ref={ref}
      class="panel video-dialog"
      aria-labelledby="video-dialog-title"
      onCancel={(e) => {
        if (!busy) return;
        e.preventDefault();
        cancel();
      }}
      onClose={onClose}
    >
      <h2 id="video-dialog-title">Export video</h2>
      {busy ? (
        <VideoProgress done={status.done} total={status.total} onCancel={cancel} />
      ) : (
        <VideoFields
          settings={settings}
          stories={stories}
          formats={formats}
          range={{ start: toIsoDate(range.value.start), end: toIsoDate(range.value.end) }}
          onChange={setSettings}
          onRecord={() => start(settings)}
          onClose={() => ref.current?.close()}
        />
      )}
      <p class="video-status" role="status">
        {status.kind === 'ready' ? status.note : status.kind === 'error' ? status.text : ''}
      </p>
    </dialog>
  );
}
