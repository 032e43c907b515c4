// The video dialog's form: what to record (the span, or a story), the span, the length, the size,
// the format, and Record video. Dates are calendar days as ISO text (the date inputs' own form),
// checked against the slider's range.
import { parseIsoDate } from '../data/dates';
import { VIDEO_FORMATS, type VideoFormat } from '../export/video-encode';
import { DEFAULT_SECONDS, MAX_SECONDS, MIN_SECONDS, VIDEO_FPS, VIDEO_SIZES } from '../export/video-plan';
import { storySeconds } from '../export/video-story';
import type { RecordableStory } from '../state/story-video';
import { SPAN, VideoSource } from './VideoSource';

export type Settings = {
  /** SPAN, or the key of the story to record. */
  record: string;
  from: string;
  to: string;
  seconds: number;
  size: string;
  format: VideoFormat;
};

type Props = {
  settings: Settings;
  /** The stories that can be recorded instead of the span. */
  stories: readonly RecordableStory[];
  /** What this browser can encode at the chosen size; null while it is being asked. */
  formats: VideoFormat[] | null;
  range: { start: string; end: string };
  onChange: (s: Settings) => void;
  onRecord: () => void;
  onClose: () => void;
};

/** What is wrong with the span, in words, or null. */
function spanProblem(s: Settings, range: Props['range']): string | null {
  const [from, to] = [parseIsoDate(s.from), parseIsoDate(s.to)];
  if (from === null || to === null) return 'Give both dates, as on the time slider.';
  if (from > to) return 'The span must end on or after the day it starts.';
  if (s.from < range.start || s.to > range.end)
    return `The span must lie within ${range.start} to ${range.end}.`;
  return null;
}

/** What is wrong with the settings, in words, or null. A story brings its own dates. */
function problem(s: Settings, range: Props['range'], formats: VideoFormat[] | null): string | null {
  const span = s.record === SPAN ? spanProblem(s, range) : null;
  if (span) return span;
  if (!(s.seconds >= MIN_SECONDS && s.seconds <= MAX_SECONDS))
    return `The length must be ${MIN_SECONDS} to ${MAX_SECONDS} seconds.`;
  if (formats !== null && formats.length === 0)
    return 'This browser cannot encode video (it has no WebCodecs).';
  return null;
}

function Format({ settings, formats, onChange }: Pick<Props, 'settings' | 'formats' | 'onChange'>) {
  const offered = formats ?? [settings.format];
  return (
    <label class="field">
      <span>Format</span>
      <select
        data-field="format"
        value={offered.includes(settings.format) ? settings.format : offered[0]}
        onChange={(e) => onChange({ ...settings, format: e.currentTarget.value as VideoFormat })}
      >
        {offered.map((f) => (
          <option key={f} value={f}>
            {VIDEO_FORMATS[f].label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The span's first and last day: calendar days, inside the slider's range. */
function Dates({ settings, range, onChange }: Pick<Props, 'settings' | 'range' | 'onChange'>) {
  const ends = [
    ['from', 'From'],
    ['to', 'To'],
  ] as const;
  return ends.map(([key, label]) => (
    <label key={key} class="field">
      <span>{label}</span>
      <input
        type="date"
        data-field={key}
        min={range.start}
        max={range.end}
        value={settings[key]}
        onInput={(e) => onChange({ ...settings, [key]: e.currentTarget.value })}
      />
    </label>
  ));
}

/** What the recording will show, in a sentence: the span's days, or the story's steps. */
function Intro({ story }: { story: RecordableStory | undefined }) {
  return (
    <p class="key-note">
      {story
        ? 'The story step by step: each step’s date, layers and camera as the story shows them, the camera moving from step to step, its title and caption drawn in, and a caption file with one cue per step and its sources.'
        : 'The map as it is set now (layers, kinds, all up to each day or the last days), day by day from the first date to the last, with the date, legend and credits drawn in, and a caption file of the events as they appear.'}
    </p>
  );
}

/** How many frames, and for a story how long each step is held. */
function frameNote(seconds: number, story: RecordableStory | undefined): string {
  const frames = `${Math.round(seconds * VIDEO_FPS).toLocaleString('en')} frames at ${VIDEO_FPS} frames a second`;
  if (!story) return `${frames}.`;
  const each = seconds / story.story.steps.length;
  return `${frames}; each step ${each.toLocaleString('en', { maximumFractionDigits: 1 })} s.`;
}

export function VideoFields({ settings, stories, formats, range, onChange, onRecord, onClose }: Props) {
  const set = (part: Partial<Settings>) => onChange({ ...settings, ...part });
  const wrong = problem(settings, range, formats);
  const usable = formats?.includes(settings.format) ?? false;
  const story = stories.find((s) => s.key === settings.record);
  // A new choice gets its own length: 20 s for a span, four seconds a step for a story.
  const choose = (key: string) => {
    const chosen = stories.find((s) => s.key === key);
    set({ record: key, seconds: chosen ? storySeconds(chosen.story.steps.length) : DEFAULT_SECONDS });
  };
  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        if (!wrong && usable) onRecord();
      }}
    >
      <VideoSource value={settings.record} stories={stories} onChoose={choose} />
      <Intro story={story} />
      {!story && <Dates settings={settings} range={range} onChange={onChange} />}
      <label class="field">
        <span>Length (seconds)</span>
        <input
          type="number"
          data-field="seconds"
          min={MIN_SECONDS}
          max={MAX_SECONDS}
          step={1}
          value={settings.seconds}
          onInput={(e) => set({ seconds: e.currentTarget.valueAsNumber })}
        />
      </label>
      <label class="field">
        <span>Size</span>
        <select
          data-field="size"
          value={settings.size}
          onChange={(e) => set({ size: e.currentTarget.value })}
        >
          {VIDEO_SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <Format settings={settings} formats={formats} onChange={onChange} />
      <p class="key-note" aria-live="polite">
        {wrong ?? frameNote(settings.seconds, story)}
      </p>
      <div class="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" class="primary" disabled={wrong !== null || !usable}>
          Record video
        </button>
      </div>
    </form>
  );
}
