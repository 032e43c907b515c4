import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEvents } from '../data/events';
import { applyHash } from './actions';
import { hash } from './store';
import { exitStory, startStory } from './story-actions';
import {
  draftSteps,
  draftStory,
  draftTitle,
  editDraftStep,
  removeDraftStep,
  saveViewAsStep,
  slugOf,
} from './story-draft';
import { useFakeStoryMap } from './story-fake-map';
import { curatedEvents } from './timeline';

const events = parseEvents(
  JSON.parse(readFileSync(new URL('../../geo/events.geojson', import.meta.url), 'utf8')),
);

useFakeStoryMap();
afterEach(() => {
  draftSteps.value = [];
  draftTitle.value = 'My story';
  curatedEvents.value = [];
  applyHash('');
});

describe('a story the user makes', () => {
  it('saves the view as a step that replays it, and downloads a valid story', () => {
    curatedEvents.value = events.events;
    const link =
      'map=7.5/33.1000/36.2000&layers=golan,sweida&t=2025-05-14&mode=window&win=10&event=riyadh-trump-sharaa&kinds=meeting,statement';
    applyHash(`#${link}`);
    saveViewAsStep();
    const [step] = draftSteps.value;
    expect(step).toMatchObject({
      title: 'Trump meets al-Sharaa in Riyadh',
      date: '2025-05-14',
      mode: 'window',
      window_days: 10,
      camera: { center: [36.2, 33.1], zoom: 7.5 },
      layers: ['golan', 'sweida'],
      kinds: ['meeting', 'statement'],
      highlight: ['riyadh-trump-sharaa'],
    });
    expect(step?.sources[0]).toMatchObject({
      outlet: 'The Japan Times',
      via: 'Reuters',
      published: '2025-05-28',
    });
    editDraftStep(0, { caption: 'They met in Riyadh. It changed U.S. policy.' });
    draftTitle.value = 'Riyadh, in one step';
    const made = draftStory();
    expect('story' in made && made.story.id).toBe('riyadh-in-one-step');
    if (!('story' in made)) return;
    applyHash('');
    startStory({ story: made.story, from: 'file' });
    // A story from a file cannot be named in a link: the link is the view, which the step made.
    expect(hash.value).toBe(link.replace(/^map=[^&]*&/, '').replace('&event=riyadh-trump-sharaa', ''));
    exitStory();
  });

  it('refuses a caption of more than three sentences, saying which step', () => {
    saveViewAsStep();
    saveViewAsStep();
    editDraftStep(1, { caption: 'One. Two. Three. Four.' });
    expect(draftStory()).toEqual({ problems: ['steps[1].caption: must be one to 3 sentences'] });
    removeDraftStep(1);
    expect('story' in draftStory()).toBe(true);
  });

  it('names the file from the title', () => {
    expect(slugOf('Sweida, July 2025!')).toBe('sweida-july-2025');
    expect(slugOf('  ')).toBe('my-story');
    expect(slugOf('Ḥaḍar')).toBe('hadar');
  });
});
