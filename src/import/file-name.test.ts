import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isolatedParts, NO_NAME, quotedName, shownName } from './file-name';

describe('file names in messages', () => {
  it('are quoted and isolated, a right-to-left one too', () => {
    expect(quotedName('דוח.csv')).toBe('“\u2068דוח.csv\u2069”');
    expect(isolatedParts(`${quotedName('דוח.csv')}: 3 imported.`)).toEqual([
      { text: '“', isolated: false },
      { text: 'דוח.csv', isolated: true },
      { text: '”: 3 imported.', isolated: false },
    ]);
  });

  it('lose their own direction controls, and an empty one is said to have no name', () => {
    expect(shownName('photo\u202Egpj.csv')).toBe('photogpj.csv');
    expect(shownName('')).toBe(NO_NAME);
    expect(shownName(' \u200f ')).toBe(NO_NAME);
    expect(quotedName('')).toBe(`“\u2068${NO_NAME}\u2069”`);
  });

  it('come back whole from any message, with the text around them', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, name, after) => {
        const plain = (t: string) => t.replace(/[\u2068\u2069]/g, '');
        const parts = isolatedParts(`${plain(before)}${quotedName(name)}${plain(after)}`);
        expect(parts.filter((p) => p.isolated).map((p) => p.text)).toEqual([shownName(name)]);
        expect(parts.map((p) => p.text).join('')).toBe(`${plain(before)}“${shownName(name)}”${plain(after)}`);
      }),
    );
  });
});
