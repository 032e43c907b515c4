// A KML description as plain text. Google Earth and most mapping apps write HTML there (tables,
// links, images, sometimes scripts): it is read by a forgiving HTML parser, which decodes the
// entities, and only its text is kept, block elements as line breaks. The result is shown as
// text, never as markup, so nothing in it can run.
import { Parser } from 'htmlparser2';

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
/** Elements that start a new line when rendered. */
const BLOCKS = new Set([
  'br',
  'p',
  'div',
  'li',
  'tr',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'blockquote',
  'pre',
  'dt',
  'dd',
]);

/** Spaces within each line collapsed, blank lines dropped: as the HTML would read. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

/** What the one parser below has read of the description in hand. */
const reading = { parts: [] as string[], hidden: 0 };

// One parser for every description, reset for each (parseComplete): making one per placemark
// was a tenth of a big file's reading.
const parser = new Parser(
  {
    onopentag(name) {
      if (HIDDEN.has(name)) reading.hidden++;
      if (BLOCKS.has(name)) reading.parts.push('\n');
    },
    onclosetag(name) {
      if (HIDDEN.has(name)) reading.hidden = Math.max(0, reading.hidden - 1);
      if (BLOCKS.has(name)) reading.parts.push('\n');
    },
    ontext(text) {
      if (reading.hidden === 0) reading.parts.push(text);
    },
  },
  { decodeEntities: true, lowerCaseTags: true },
);

/** The text of a description that may be HTML, its entities decoded. */
export function descriptionText(written: string): string {
  if (!/[<&]/.test(written)) return tidy(written);
  reading.parts = [];
  reading.hidden = 0;
  parser.parseComplete(written);
  const text = tidy(reading.parts.join(''));
  reading.parts = [];
  return text;
}
