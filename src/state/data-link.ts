// `?data=<url>`: which file a link asks the page to fetch, read without throwing whatever the
// link holds. Only https: or this page's own origin, so a link can neither read local files nor
// downgrade to plain http. What is wrong is said in words for the link notice, long values cut
// short (state/quote.ts). Other query keys are left alone: sites add their own (`?fbclid=`).
import { quoted, summarise } from './quote';

/** The file a good link names: where to fetch it, and what to call it. */
export type DataLinkTarget = { url: string; name: string };
export type DataLinkRead = { link: DataLinkTarget | null; problems: string[] };

/** `decodeURIComponent`, or the text as it is where a %-escape is broken. */
export function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A query's `+` is a space, as URLSearchParams reads it; then %-escapes, strictly. */
function decodeQueryPart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The still %-encoded values of `data` in a query string, in order. */
function rawDataValues(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .flatMap((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return decodeOrKeep(key.replace(/\+/g, ' ')) === 'data' ? [eq < 0 ? '' : pair.slice(eq + 1)] : [];
    });
}

function targetOf(value: string, pageUrl: string): DataLinkTarget | string {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return `the link's data=${quoted(value)} is not a URL, so nothing was loaded from it`;
  }
  if (url.origin !== new URL(pageUrl).origin && url.protocol !== 'https:') {
    return `the link's data URL must start with https:// (got ${summarise(url.protocol)}), so it was not loaded`;
  }
  // The URL may hold a literal %zz of its own: the file is then named as written.
  const file = decodeOrKeep(url.pathname.split('/').pop() ?? '');
  return { url: url.href, name: file || url.hostname };
}

export function readDataLink(search: string, pageUrl: string): DataLinkRead {
  const values = rawDataValues(search);
  const problems = values.length > 1 ? [`data= is given ${values.length} times: only the first is used`] : [];
  const raw = values[0];
  if (raw === undefined) return { link: null, problems };
  const value = decodeQueryPart(raw);
  if (value === null) {
    // Read leniently, it would fetch a URL the link's author never wrote.
    const why = 'a % must start two hex digits that spell UTF-8';
    return {
      link: null,
      problems: [...problems, `the link's data=${quoted(raw)} is broken (${why}), so it was not loaded`],
    };
  }
  if (value.trim() === '') return { link: null, problems };
  const target = targetOf(value, pageUrl);
  return typeof target === 'string'
    ? { link: null, problems: [...problems, target] }
    : { link: target, problems };
}
