import { describe, expect, it } from 'vitest';
import { citation, citationWithQuote } from './citation';
import type { Source } from './events';

const reuters: Source = {
  seed: '004_x.txt',
  headline: 'Israel and Syria hold talks',
  outlet: 'Reuters',
  published: '2025-05-28',
  quote: 'Officials met in Baku.',
};

describe('citation', () => {
  it('writes “Headline”, Outlet, day in words', () => {
    expect(citation(reuters)).toBe('“Israel and Syria hold talks”, Reuters, 28 May 2025');
  });

  it('names the agency the article credits, only when there is one', () => {
    const via = { ...reuters, outlet: 'Ynetnews', via: 'Reuters' };
    expect(citation(via)).toBe('“Israel and Syria hold talks”, Ynetnews (via Reuters), 28 May 2025');
  });

  it('shows a [description] as it is, without quotes', () => {
    const untitled = { ...reuters, headline: '[Live blog entry on the talks]', headline_note: 'no headline' };
    expect(citation(untitled)).toBe('[Live blog entry on the talks], Reuters, 28 May 2025');
  });

  it('keeps the notes out of the citation', () => {
    const noted = { ...reuters, headline_note: 'H', outlet_note: 'O', published_note: 'P' };
    expect(citation(noted)).toBe(citation(reuters));
  });

  it('cites an imported row by its outlet alone', () => {
    expect(citation({ outlet: 'SANA' })).toBe('SANA');
    expect(citationWithQuote({ outlet: 'SANA' })).toBe('SANA');
  });

  it('writes the day the same in every time zone, at the ends of a year', () => {
    expect(citation({ outlet: 'A', published: '2024-12-31' })).toBe('A, 31 December 2024');
    expect(citation({ outlet: 'A', published: '2025-01-01' })).toBe('A, 1 January 2025');
  });

  it('keeps a date it cannot read as written, and markup as text', () => {
    const odd = { outlet: '<b>X</b>', headline: '<img src=x>', published: 'May 2025' };
    expect(citation(odd)).toBe('“<img src=x>”, <b>X</b>, May 2025');
  });

  it('copies the citation and then the verbatim quote', () => {
    expect(citationWithQuote(reuters)).toBe(
      '“Israel and Syria hold talks”, Reuters, 28 May 2025\n“Officials met in Baku.”',
    );
  });
});
