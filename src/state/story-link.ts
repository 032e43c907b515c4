// The link's story and embed parts: `story=security-2025&step=3` and `embed=1`. Pure, as hash.ts
// (which reads them with the rest); whether the story exists, and has that step, is checked
// when it is opened (state/story-actions.ts), so a bad one is said there.
import { EVENT_ID } from '../data/schema';
import { summarise } from './quote';

export type StoryLink = {
  /** A story's id: a lower-case slug, as geo/stories/<id>.json is named. */
  story?: string;
  /** The step to open, counted from 1 as the panel counts them. */
  step?: number;
  /** Only the map and the slider, for an <iframe> on another site. */
  embed?: boolean;
};

export const STORY_KEYS = ['story', 'step', 'embed'];

/** Reads story=, step= and embed= from the link; a bad part is a problem in words, never thrown. */
export function readStoryLink(p: URLSearchParams, problems: string[]): StoryLink {
  const out: StoryLink = {};
  const story = p.get('story');
  if (story !== null) {
    if (EVENT_ID.test(story)) out.story = story;
    else problems.push(`story=${summarise(story)}: not a story id`);
  }
  const step = p.get('step');
  if (step !== null) {
    const n = Number(step);
    if (story === null) problems.push('step= is only used with story=');
    else if (/^\d+$/.test(step) && n >= 1) out.step = n;
    else problems.push(`step=${summarise(step)}: expected a step number, 1 or more; showing step 1`);
  }
  const embed = p.get('embed');
  if (embed === '1') out.embed = true;
  else if (embed !== null && embed !== '0') problems.push(`embed=${summarise(embed)}: expected 1`);
  return out;
}

/** The link's parts for an open story and for embed mode, in the order this map writes them. */
export function formatStoryLink({ story, step, embed }: StoryLink): string[] {
  return [...(story ? [`story=${story}`, `step=${step ?? 1}`] : []), ...(embed ? ['embed=1'] : [])];
}
