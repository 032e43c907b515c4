// The sidebar's way into stories: the guided stories that ship with the map, and the reader's
// own, made by saving views as steps, downloaded as JSON and opened again by dropping the file.
import { useState } from 'preact/hooks';
import { download } from '../export/download';
import type { OpenStory } from '../state/story';
import { startStory } from '../state/story-actions';
import { CATALOG_IDS, catalogStory } from '../state/story-catalog';
import { draftSteps, draftStory, draftTitle } from '../state/story-draft';
import type { Story } from '../state/story-schema';
import { StoryDraft } from './StoryDraft';
import { STORY_PANEL_ID, STORY_START_ID } from './StoryPanel';
import './story.css';

const catalog = CATALOG_IDS.flatMap((id) => {
  const found = catalogStory(id);
  return 'story' in found ? [found.story] : [];
});

function CatalogEntry({ story, first }: { story: Story; first: boolean }) {
  return (
    <li class="story-entry">
      <span>
        <strong>{story.title}</strong> · {story.steps.length} steps
      </span>
      <button
        type="button"
        id={first ? STORY_START_ID : undefined}
        aria-label={`Start story: ${story.title}`}
        onClick={() => start({ story, from: 'catalog' })}
      >
        Start story
      </button>
    </li>
  );
}

/** Opens the story; the button goes with the sidebar, so focus goes to the story's panel. */
function start(open: OpenStory) {
  startStory(open);
  requestAnimationFrame(() => document.getElementById(STORY_PANEL_ID)?.focus());
}

/** Play and Download: the draft is checked by the story schema first, and what is wrong is said. */
function DraftActions() {
  const [problems, setProblems] = useState<string[]>([]);
  const made = () => {
    const result = draftStory();
    setProblems('problems' in result ? result.problems : []);
    return 'story' in result ? result.story : null;
  };
  if (draftSteps.value.length === 0) return null;
  return (
    <>
      <div class="story-draft-actions">
        <button
          type="button"
          onClick={() => {
            const story = made();
            if (story) start({ story, from: 'file' });
          }}
        >
          Play your story
        </button>
        <button
          type="button"
          onClick={() => {
            const story = made();
            if (story)
              download(`${JSON.stringify(story, null, 2)}\n`, `${story.id}.json`, 'application/json');
          }}
        >
          Download story
        </button>
      </div>
      {problems.length > 0 && (
        <ul class="story-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function StoryMenu() {
  return (
    <section class="panel stories" aria-labelledby="stories-heading">
      <h2 id="stories-heading">Stories</h2>
      <ul class="story-catalog">
        {catalog.map((story, i) => (
          <CatalogEntry key={story.id} story={story} first={i === 0} />
        ))}
      </ul>
      <h3>Your story</h3>
      <label class="story-title-field">
        Title
        <input
          type="text"
          value={draftTitle.value}
          onInput={(e) => (draftTitle.value = e.currentTarget.value)}
        />
      </label>
      <StoryDraft />
      <DraftActions />
      <p class="story-hint">Drop a story file (.json) on the map to open it.</p>
    </section>
  );
}
