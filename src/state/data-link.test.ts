import { describe, expect, it } from 'vitest';
import { decodeOrKeep, readDataLink } from './data-link';

const page = 'http://127.0.0.1:4173/';

describe('?data= links', () => {
  it('is absent when the link has no data parameter', () => {
    expect(readDataLink('', page)).toEqual({ link: null, problems: [] });
    expect(readDataLink('?data=', page)).toEqual({ link: null, problems: [] });
    expect(readDataLink('?fbclid=abc&utm_source=x', page)).toEqual({ link: null, problems: [] });
  });

  it('accepts https URLs and names the data after the file', () => {
    expect(readDataLink('?data=https://example.org/x/acled%20syria.csv', page).link).toEqual({
      url: 'https://example.org/x/acled%20syria.csv',
      name: 'acled syria.csv',
    });
  });

  it('reads an encoded URL, and a + as a space, as URLSearchParams does', () => {
    const search = `?data=${encodeURIComponent('https://example.org/a b.csv')}`;
    expect(readDataLink(search, page).link?.name).toBe('a b.csv');
    expect(readDataLink('?data=https://example.org/a+b.csv', page).link?.name).toBe('a b.csv');
  });

  it('accepts paths on the page’s own origin, even over http', () => {
    expect(readDataLink('?data=/fixtures/events.geojson', page)).toEqual({
      link: { url: 'http://127.0.0.1:4173/fixtures/events.geojson', name: 'events.geojson' },
      problems: [],
    });
  });

  it.each(['http://example.org/a.csv', 'javascript:alert(1)', 'data:text/csv,a,b', 'file:///etc/passwd'])(
    'refuses %s with a reason',
    (url) => {
      const { link, problems } = readDataLink(`?data=${encodeURIComponent(url)}`, page);
      expect(link).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/must start with https/);
    },
  );
});

describe('hostile ?data= links', () => {
  it.each(['%E0%A4%A', 'https://example.org/a%zz.csv', '%', 'https%3A%2F%2Fexample.org%2F%C0.csv'])(
    'refuses the broken %%-escapes in %s, saying so, without throwing',
    (raw) => {
      const { link, problems } = readDataLink(`?data=${raw}`, page);
      expect(link).toBeNull();
      expect(problems).toEqual([
        `the link's data=“${raw}” is broken (a % must start two hex digits that spell UTF-8), so it was not loaded`,
      ]);
    },
  );

  it('fetches a URL whose own path holds a literal %zz, named as written (this threw a URIError)', () => {
    expect(readDataLink('?data=https://example.org/a%25zz.csv', page)).toEqual({
      link: { url: 'https://example.org/a%zz.csv', name: 'a%zz.csv' },
      problems: [],
    });
  });

  it('uses the first of repeated data= and says so', () => {
    const { link, problems } = readDataLink('?data=/a.csv&data=/b.csv&x=1&data=', page);
    expect(link?.name).toBe('a.csv');
    expect(problems).toEqual(['data= is given 3 times: only the first is used']);
  });

  it('summarises a 1 MB value instead of quoting it whole', () => {
    const { problems } = readDataLink(`?data=%${'x'.repeat(1_000_000)}`, page);
    expect(problems[0]).toContain(`“%${'x'.repeat(79)}… (1.0 MB)”`);
    expect(problems[0]?.length).toBeLessThan(200);
  });

  it('never throws, whatever the query', () => {
    const junk = ['?', '?&&&', '?data', '?=', '?data=%00', '?dat%61=/a.csv', `?data=${'%'.repeat(10_000)}`];
    for (const search of junk) expect(() => readDataLink(search, page)).not.toThrow();
    expect(readDataLink('?dat%61=/a.csv', page).link?.name).toBe('a.csv');
  });
});

describe('decodeOrKeep', () => {
  it('decodes good escapes and keeps broken ones as written', () => {
    expect(decodeOrKeep('a%20b')).toBe('a b');
    expect(decodeOrKeep('a%zz')).toBe('a%zz');
    expect(decodeOrKeep('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
