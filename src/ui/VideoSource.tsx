// What the video records: the time span day by day, or a story step by step (the open story, or
// from the sidebar the stories that ship with the map and the reader's own). Radio buttons, so
// each choice reads with its name and the number of steps.
import type { RecordableStory } from '../state/story-video';

/** The time span's key in the form; a story's is its RecordableStory key. */
export const SPAN = 'span';

type Props = {
  value: string;
  stories: readonly RecordableStory[];
  onChoose: (key: string) => void;
};

export function VideoSource({ value, stories, onChoose }: Props) {
  if (stories.length === 0) return null;
  const choices = [{ key: SPAN, label: 'The time span, day by day' }, ...stories];
  return (
    <fieldset class="video-source">
      <legend>Record</legend>
      {choices.map((c) => (
        <label key={c.key}>
          <input
            type="radio"
            name="video-source"
            value={c.key}
            checked={value === c.key}
            onChange={() => onChoose(c.key)}
          />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
