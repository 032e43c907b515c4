import { afterEach, describe, expect, it } from 'vitest';
import { applyHash } from './actions';
import { openStory, storyErrors } from './story';
import { useFakeStoryMap } from './story-fake-map';
import { openDroppedFile } from './story-file';

const step = {
  title: 'A step',
  caption: 'One sentence.',
  date: '2025-05-14',
  camera: { center: [36, 33], zoom: 8 },
  layers: ['golan'],
  highlight: [],
  sources: [],
};
const file = (json: unknown, name = 'mine.json') => new File([JSON.stringify(json)], name);

useFakeStoryMap();
afterEach(() => {
  storyErrors.value = [];
  applyHash('');
});

describe('a dropped story file', () => {
  it('opens as a story', async () => {
    await openDroppedFile(file({ id: 'mine', title: 'Mine', steps: [step] }));
    expect(openStory.value?.story.title).toBe('Mine');
    expect(openStory.value?.from).toBe('file');
    expect(storyErrors.value).toEqual([]);
  });

  it('that fails the schema says what and where, and opens nothing', async () => {
    await openDroppedFile(
      file({ id: 'mine', title: 'Mine', steps: [{ ...step, date: 'May 14' }] }, 'דוח.json'),
    );
    expect(openStory.value).toBeNull();
    expect(storyErrors.value).toEqual([
      '“\u2068דוח.json\u2069” is a story file this map cannot open: steps[0].date: must be a real date written YYYY-MM-DD',
    ]);
  });
});
