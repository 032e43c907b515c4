// A `?data=` link's file, fetched as this page may fetch another site's: without the user's
// cookies, and only if that server lets other pages read it (CORS). When the fetch fails the
// browser says only "Failed to fetch"; here what went wrong is found out and said in words, with
// what to do instead (download the file and drop it on the map).

export type Fetched = { file: Blob } | { problem: string };

const PAGE = /^\s*<(!doctype html|html|head|body)\b/i;
const PAGE_BYTES = 512;

/** Why the file could not be read: the server refuses other pages (CORS), or cannot be reached. */
async function whyUnread(url: string, host: string): Promise<string> {
  try {
    // An opaque answer is no help to read, but says the server is there: it is CORS that failed.
    await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit' });
    return `the server at ${host} does not allow this page to read the file (CORS); download it and drop it here`;
  } catch {
    return `the server at ${host} could not be reached: check the link and your connection, or download the file and drop it here`;
  }
}

function statusProblem(status: number, host: string): string {
  if (status === 401 || status === 403)
    return `the server at ${host} needs a login to give the file (HTTP ${status}), which this page cannot give; open the link, download the file and drop it here`;
  if (status === 404 || status === 410)
    return `there is no file at that address on ${host} (HTTP ${status}): check the link`;
  return `the server at ${host} did not give the file (HTTP ${status}); try again later, or download it and drop it here`;
}

/** A web page sent for the file: a login page, or a site's page about the file (GitHub's "blob"). */
async function isPage(response: Response, file: Blob): Promise<boolean> {
  if (!/html/i.test(response.headers.get('content-type') ?? '')) return false;
  return PAGE.test(await file.slice(0, PAGE_BYTES).text());
}

/** The link's file, or what went wrong in words. Never throws. */
export async function fetchLinkFile(url: string): Promise<Fetched> {
  const host = URL.canParse(url) ? new URL(url).host : url;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    return { problem: await whyUnread(url, host) };
  }
  if (!response.ok) return { problem: statusProblem(response.status, host) };
  try {
    const file = await response.blob();
    if (!(await isPage(response, file))) return { file };
  } catch (e) {
    return { problem: `the file from ${host} stopped arriving (${(e as Error)?.message ?? e}); try again` };
  }
  return {
    problem: `the server at ${host} sent a web page, not the file (a login page, perhaps); open the link, download the file and drop it here`,
  };
}
