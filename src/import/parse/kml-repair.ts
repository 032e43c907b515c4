// The one break hand-made KML has most: an "&" written bare ("Tom & Jerry"), which XML forbids
// and Google Earth and most readers let pass. A file saxes refuses is tried once more with each
// such "&" written as "&amp;", and the summary says how many were read as text. Only "&"s that
// start no reference (&amp; &#160; &name;) are changed, and none inside CDATA or a comment,
// where an "&" is text already.
const PIECES =
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);)/g;

/** The text with its bare "&"s escaped, and how many there were (0: the text as it was). */
export function escapeBareAmpersands(text: string): { text: string; count: number } {
  let count = 0;
  const mended = text.replace(PIECES, (piece) => {
    if (piece !== '&') return piece;
    count++;
    return '&amp;';
  });
  return count === 0 ? { text, count } : { text: mended, count };
}
