import { describe, expect, it } from 'vitest';
import { dataLinkFromSearch } from './data-url';

const page = 'http://127.0.0.1:4173/';

describe('?data= links', () => {
  it('is absent when the link has no data parameter', () => {
    expect(dataLinkFromSearch('', page)).toBeNull();
    expect(dataLinkFromSearch('?data=', page)).toBeNull();
  });

  it('accepts https URLs and names the data after the file', () => {
    expect(dataLinkFromSearch('?data=https://example.org/x/acled%20syria.csv', page)).toEqual({
      url: 'https://example.org/x/acled%20syria.csv',
      name: 'acled syria.csv',
    });
  });

  it('accepts paths on the page’s own origin, even over http', () => {
    expect(dataLinkFromSearch('?data=/fixtures/events.geojson', page)).toEqual({
      url: 'http://127.0.0.1:4173/fixtures/events.geojson',
      name: 'events.geojson',
    });
  });

  it.each(['http://example.org/a.csv', 'javascript:alert(1)', 'data:text/csv,a,b', 'file:///etc/passwd'])(
    'refuses %s with a reason',
    (url) => {
      const link = dataLinkFromSearch(`?data=${encodeURIComponent(url)}`, page);
      expect(link).toHaveProperty('error');
      expect((link as { error: string }).error).toMatch(/must start with https/);
    },
  );
});
