// The time slider across the bottom: the slider itself over its histogram, then play, speed,
// previous/next event, the date in words and the mode switch. The slider comes first, on screen
// and for Tab, as the scrubber of a video player does: it is the page's main control.
import { formatDay } from '../data/dates';
import {
  currentDay,
  mode,
  playing,
  range,
  shownHistogram,
  shownTotal,
  speed,
  windowDays,
} from '../state/timeline';
import {
  scheduleTime,
  setMode,
  setSpeed,
  setWindowDays,
  stepDay,
  stepToEvent,
  togglePlaying,
} from '../state/timeline-actions';
import { axisTicks, ticksThatFit } from '../timeline/axis';
import { MAX_WINDOW_DAYS } from '../timeline/visibility';
import { Histogram } from './Histogram';
import { SLIDER_ID } from './SkipLink';
import { SpanShade } from './SpanShade';

const SPEEDS = [
  { label: '1 day/s', value: 1 },
  { label: '1 week/s', value: 7 },
  { label: '2 weeks/s', value: 14 },
  { label: '1 month/s', value: 30 },
];

function onSliderKey(e: KeyboardEvent) {
  // Keys move at once (one step per press); drags go through scheduleTime.
  if (e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'ArrowLeft' || e.key === 'ArrowDown') {
    e.preventDefault();
    stepDay(e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : -1);
  } else if (e.key === 'PageUp' || e.key === 'PageDown') {
    e.preventDefault();
    stepToEvent(e.key === 'PageUp' ? 1 : -1);
  } else if (e.key === ' ') {
    e.preventDefault();
    togglePlaying();
  }
}

/** What the bars count, said once: a span of days is one event, not one per day. */
const HISTOGRAM_NOTE = 'Spans of days count once, on their first day';

function Controls() {
  return (
    <div class="time-controls">
      <button type="button" class="play" onClick={togglePlaying} aria-pressed={playing.value}>
        {playing.value ? 'Pause' : 'Play'}
      </button>
      <label class="speed">
        <span class="visually-hidden">Speed</span>
        <select value={speed.value} onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => stepToEvent(-1)} aria-label="Previous event">
        ◀ Previous
      </button>
      <button type="button" onClick={() => stepToEvent(1)} aria-label="Next event">
        Next ▶
      </button>
      <output class="current-date" for={SLIDER_ID}>
        {formatDay(currentDay.value)}
      </output>
      {/* Seen where there is room; the slider's description says the same to a screen reader. */}
      <span class="histogram-key" aria-hidden="true">
        Bars: events per week. {HISTOGRAM_NOTE}.
      </span>
      <ModeSwitch />
    </div>
  );
}

function ModeSwitch() {
  return (
    <fieldset class="mode">
      <legend class="visually-hidden">Show</legend>
      <label>
        <input
          type="radio"
          name="mode"
          checked={mode.value === 'cumulative'}
          onChange={() => setMode('cumulative')}
        />
        All up to the date
      </label>
      <label>
        <input
          type="radio"
          name="mode"
          checked={mode.value === 'window'}
          onChange={() => setMode('window')}
        />
        Last
      </label>
      <input
        type="number"
        class="window-days"
        min={1}
        max={MAX_WINDOW_DAYS}
        value={windowDays.value}
        aria-label="Window length in days"
        onChange={(e) => setWindowDays(Number(e.currentTarget.value))}
      />
      <span>days</span>
    </fieldset>
  );
}

function Track({ start, end }: { start: number; end: number }) {
  return (
    <div class="track" title={HISTOGRAM_NOTE}>
      <Histogram data={shownHistogram.value} start={start} end={end} />
      <SpanShade start={start} end={end} />
      <input
        id={SLIDER_ID}
        type="range"
        min={start}
        max={end}
        step={1}
        value={currentDay.value}
        aria-label="Date"
        aria-valuetext={formatDay(currentDay.value)}
        aria-keyshortcuts="PageUp PageDown Space"
        aria-describedby="histogram-note"
        onInput={(e) => scheduleTime(Number(e.currentTarget.value))}
        onKeyDown={onSliderKey}
      />
      <div class="ticks" aria-hidden="true">
        {axisTicks(start, end, ticksThatFit(window.innerWidth - 40)).map((t) => (
          <span key={t.day} style={{ left: `${((t.day - start) / (end - start)) * 100}%` }}>
            {t.label}
          </span>
        ))}
      </div>
      <p id="histogram-note" class="visually-hidden">
        Behind the slider, events per week by kind: {HISTOGRAM_NOTE}. Thin bands below the bars: events known
        only to the week or month.
      </p>
    </div>
  );
}

export function TimeBar() {
  const { start, end } = range.value;
  if (shownTotal.value === 0) return null;
  return (
    <section class="timebar" aria-label="Time">
      <Track start={start} end={end} />
      <Controls />
    </section>
  );
}
