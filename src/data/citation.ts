// A source as a citation a reader can paste: “Headline”, Outlet (via Agency), 28 May 2025. The
// card shows exactly this text and the Copy button copies it, so what is read is what is pasted.
import { formatDay, parseIsoDate } from './dates';
import type { Source } from './events';
import { isDescribedHeadline } from './schema';

/** A headline in curly quotes; our [description] of an untitled article as it is, unquoted. */
const headlineText = (headline: string) => (isDescribedHeadline(headline) ? headline : `“${headline}”`);

/** The day in words; a date that does not read as a calendar day is kept as written. */
function publishedText(published: string): string {
  const day = parseIsoDate(published);
  return day === null ? published : formatDay(day);
}

/**
 * “Headline”, Outlet (via Agency), 28 May 2025. Parts a source does not have are left out, so an
 * imported row that names only its outlet cites as just the outlet. Notes are not part of it.
 */
export function citation(s: Source): string {
  const parts = [
    ...(s.headline ? [headlineText(s.headline)] : []),
    s.via ? `${s.outlet} (via ${s.via})` : s.outlet,
    ...(s.published ? [publishedText(s.published)] : []),
  ];
  return parts.join(', ');
}

/** What Copy citation puts on the clipboard: the citation, then the verbatim quote on its own line. */
export function citationWithQuote(s: Source): string {
  return s.quote ? `${citation(s)}\n“${s.quote}”` : citation(s);
}
