import { describe, expect, it } from 'vitest';
import { looksLikeStory, parseStory, sentenceCount } from './story-schema';

const step = {
  title: 'A step',
  caption: 'One sentence.',
  date: '2025-05-14',
  camera: { center: [36, 33], zoom: 8 },
  layers: ['golan'],
  highlight: ['riyadh-trump-sharaa'],
  sources: [{ outlet: 'NHK' }],
};

describe('story files', () => {
  it.each([
    ['One sentence.', 1],
    ['No full stop at all', 1],
    ['The U.S. State Department wrote. Syria answered.', 2],
    ['He said: “They were jihadists.” Then he changed his tone. In May, he did.', 3],
    ['1,500 were killed. 321 were counted!', 2],
  ])('counts the sentences of “%s” as %i', (text, count) => {
    expect(sentenceCount(text)).toBe(count);
  });

  it('reads a good story', () => {
    const parsed = parseStory({ id: 'mine', title: 'Mine', steps: [step] });
    expect('story' in parsed && parsed.story.steps[0]?.title).toBe('A step');
  });

  it('says what is wrong and where', () => {
    const bad = {
      id: 'Mine!',
      title: 'Mine',
      steps: [
        step,
        { ...step, date: '2025-02-30', layers: ['golan', 'moon'], caption: 'One. Two. Three. Four.' },
      ],
    };
    expect(parseStory(bad)).toEqual({
      problems: [
        'id: must be a lower-case slug',
        'steps[1].caption: must be one to 3 sentences',
        'steps[1].date: must be a real date written YYYY-MM-DD',
        expect.stringMatching(/^steps\[1\]\.layers\[1\]: /),
      ],
    });
    expect(parseStory({ id: 'x', title: 'X', steps: [] })).toEqual({
      problems: [expect.stringMatching(/^steps: /)],
    });
    expect(parseStory({ id: 'x', title: 'X', steps: [{ ...step, extra: 1 }] })).toEqual({
      problems: [expect.stringMatching(/^steps\[0\]: .*extra/)],
    });
  });

  it('tells a story from GeoJSON by its shape', () => {
    expect(looksLikeStory({ id: 'x', steps: [] })).toBe(true);
    expect(looksLikeStory({ type: 'FeatureCollection', features: [], steps: [] })).toBe(false);
    expect(looksLikeStory({ type: 'Feature' })).toBe(false);
    expect(looksLikeStory([{ steps: [] }])).toBe(false);
    expect(looksLikeStory(null)).toBe(false);
    expect(looksLikeStory(JSON.parse('{"__proto__": {"steps": []}}'))).toBe(false);
  });
});
