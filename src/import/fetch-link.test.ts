import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchLinkFile } from './fetch-link';

const URL_ = 'https://example.org/data/events.csv';
type Answer = (init?: RequestInit) => Promise<Response>;

/** fetch as a server (and the browser's CORS check) would answer it: `cors` for a read, `noCors` for a peek. */
function serve(cors: Answer, noCors: Answer = cors) {
  const calls: RequestInit[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit = {}) => {
    calls.push(init);
    return init.mode === 'no-cors' ? noCors(init) : cors(init);
  });
  return calls;
}
const failed = () => Promise.reject(new TypeError('Failed to fetch'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchLinkFile', () => {
  it('gives the file, fetched without cookies', async () => {
    const calls = serve(
      async () => new Response('date,lat,lon\n', { headers: { 'content-type': 'text/csv' } }),
    );
    const got = await fetchLinkFile(URL_);
    expect('file' in got && (await got.file.text())).toBe('date,lat,lon\n');
    expect(calls).toEqual([{ credentials: 'omit' }]);
  });

  it('says in words that the server does not let this page read it (CORS), not "Failed to fetch"', async () => {
    const calls = serve(failed, async () => new Response(null, { status: 200 }));
    expect(await fetchLinkFile(URL_)).toEqual({
      problem:
        'the server at example.org does not allow this page to read the file (CORS); download it and drop it here',
    });
    expect(calls[1]).toMatchObject({ method: 'HEAD', mode: 'no-cors', credentials: 'omit' });
  });

  it('says when the server cannot be reached at all', async () => {
    serve(failed);
    expect(await fetchLinkFile(URL_)).toEqual({
      problem: expect.stringMatching(/^the server at example.org could not be reached/),
    });
  });

  it.each([
    [401, /^the server at example.org needs a login to give the file \(HTTP 401\)/],
    [403, /needs a login .*\(HTTP 403\)/],
    [404, /^there is no file at that address on example.org \(HTTP 404\): check the link$/],
    [503, /^the server at example.org did not give the file \(HTTP 503\)/],
  ])('says what HTTP %i means', async (status, said) => {
    serve(async () => new Response('no', { status }));
    expect(await fetchLinkFile(URL_)).toEqual({ problem: expect.stringMatching(said) });
  });

  it('says when a web page (a login page) came instead of the file, but takes HTML-typed CSV', async () => {
    const page = '\n<!DOCTYPE html><html><form action="/login">';
    serve(async () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    expect(await fetchLinkFile(URL_)).toEqual({
      problem: expect.stringMatching(/sent a web page, not the file \(a login page, perhaps\)/),
    });
    serve(async () => new Response('date,lat\n', { headers: { 'content-type': 'text/html' } }));
    expect(await fetchLinkFile(URL_)).toHaveProperty('file');
  });
});
