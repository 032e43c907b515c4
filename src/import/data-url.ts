// `?data=<url>`: which URLs a link may make the page fetch. Only https: or this page's own
// origin, so a link can neither read local files nor downgrade to plain http.
export type DataLink = { url: string; name: string } | { error: string } | null;

export function dataLinkFromSearch(search: string, pageUrl: string): DataLink {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { error: `the link's data=${raw} is not a URL` };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin && url.protocol !== 'https:') {
    return { error: `the link's data URL must start with https:// (got ${url.protocol})` };
  }
  const file = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return { url: url.href, name: file || url.hostname };
}
