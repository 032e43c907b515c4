// Text from a link (or a file) quoted in a message: short text whole, long text cut to its start
// with its size given, so a 1 MB link says how it begins and how big it is instead of filling
// the page. Rendered as text by the UI; control and direction characters are shown as codes, so
// a U+202E in a link cannot turn the rest of the message around.

/** How much of a long text a message shows: enough to recognise it. */
export const SHOWN_CHARS = 80;
/** How many items of a long list a message names before saying how many more. */
export const SHOWN_ITEMS = 5;

/** Bytes in words, in decimal units: `512 bytes`, `12.3 kB`, `1.0 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

// C0 and C1 controls, and the marks, embeddings, overrides and isolates that reorder text.
const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const asCode = (c: string) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;

/** The text when short, else its first `max` characters, an ellipsis and its size in UTF-8. */
export function summarise(text: string, max = SHOWN_CHARS): string {
  if (text.length <= max) return text.replace(INVISIBLE, asCode);
  // Never half a surrogate pair: a lone one would show as a broken glyph.
  const cut = /[\uD800-\uDBFF]$/.test(text.slice(0, max)) ? max - 1 : max;
  const size = formatSize(new TextEncoder().encode(text).length);
  return `${text.slice(0, cut).replace(INVISIBLE, asCode)}… (${size})`;
}

export const quoted = (text: string) => `“${summarise(text)}”`;

/** The first few items quoted, then how many more: a link with 10,000 bad names stays one line. */
export function quotedList(items: readonly string[], max = SHOWN_ITEMS): string {
  const named = items.slice(0, max).map(quoted).join(', ');
  const more = items.length - max;
  return more > 0 ? `${named} and ${more.toLocaleString('en')} more` : named;
}
