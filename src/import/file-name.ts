// A file's name as the messages show it. A name is the user's, and may be empty or written right
// to left ("דוח.csv"), which would reorder the sentence around it ("“דוח.csv”: 3 imported." read
// from the wrong end): it is quoted and isolated between U+2068 and U+2069, which the UI draws as
// a <bdi> (and any other reader of the text honours), with its own direction controls removed so
// none can reach past it. An empty name is said to be so.

const FSI = '\u2068';
const PDI = '\u2069';
// Marks and embeddings, overrides and isolates: a name "photo\u202Egpj.csv" would show as "…vsc.jpg".
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
export const NO_NAME = '(no name)';

/** The name as shown: without direction controls; NO_NAME when nothing is left. */
export function shownName(name: string): string {
  const clean = name.replace(BIDI_CONTROLS, '');
  return clean.trim() === '' ? NO_NAME : clean;
}

/** “name”, isolated, for a message. */
export const quotedName = (name: string) => `“${FSI}${shownName(name)}${PDI}”`;

/** A message's text in parts: plain text, and the names isolated in it, each to draw in a <bdi>. */
export function isolatedParts(text: string): { text: string; isolated: boolean }[] {
  return text
    .split(/\u2068([^\u2068\u2069]*)\u2069/)
    .map((part, i) => ({ text: part, isolated: i % 2 === 1 }))
    .filter((p) => p.isolated || p.text !== '');
}
