// Each source as a citation a reader can paste, then its verbatim quote, then how we know the
// citation's details. Every field is a text node, never HTML.
import { useId, useRef, useState } from 'preact/hooks';
import { citation, citationWithQuote } from '../data/citation';
import type { Source } from '../data/events';
import { copyText } from './clipboard';

const COPIED = 'Citation copied';
const SELECTED = 'Citation selected: press Ctrl+C (⌘C on a Mac) to copy it';

/** Why a part of the citation reads as it does; the saved copy the quote was taken from. */
function SourceNotes({ s }: { s: Source }) {
  const notes: [string, string | undefined][] = [
    ['Headline', s.headline_note],
    ['Outlet', s.outlet_note],
    ['Date', s.published_note],
    ['Saved copy', s.seed],
  ];
  const present = notes.filter((n): n is [string, string] => n[1] !== undefined);
  if (present.length === 0) return null;
  return (
    <ul class="source-notes">
      {present.map(([label, text]) => (
        <li key={label}>
          {label}: {text}
        </li>
      ))}
    </ul>
  );
}

type CopyProps = { s: Source; text: () => Element | null; describedBy: string };

/**
 * The button and its own polite live region: the app's announcer speaks only for the time
 * slider, and a status beside the button is seen as well as heard (the fallback needs reading).
 */
function CopyCitation({ s, text, describedBy }: CopyProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus(''); // so a second copy is announced again
    const outcome = await copyText(citationWithQuote(s), text());
    await new Promise((r) => setTimeout(r, 0));
    setStatus(outcome === 'copied' ? COPIED : SELECTED);
  };
  return (
    <p class="copy-line">
      <button type="button" class="copy-citation" aria-describedby={describedBy} onClick={copy}>
        Copy citation
      </button>
      <span class="copy-status" role="status">
        {status}
      </span>
    </p>
  );
}

/** An imported row that names only its outlet has nothing worth a Copy button. */
const citable = (s: Source) => Boolean(s.headline || s.published || s.quote);

function SourceItem({ s }: { s: Source }) {
  const text = useRef<HTMLDivElement>(null);
  const id = useId();
  return (
    <li>
      <div class="citable" ref={text}>
        <cite class="citation" id={id}>
          {citation(s)}
        </cite>
        {s.quote && <blockquote>{s.quote}</blockquote>}
      </div>
      <SourceNotes s={s} />
      {citable(s) && <CopyCitation s={s} text={() => text.current} describedBy={id} />}
    </li>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <>
      <h3>Sources</h3>
      <ul class="sources">
        {sources.map((s, i) => (
          <SourceItem key={i} s={s} />
        ))}
      </ul>
    </>
  );
}
