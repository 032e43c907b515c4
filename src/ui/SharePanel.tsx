// Share what is on screen: the link to it, or an <iframe> that embeds it on another site (embed
// mode: the map, the slider and a link back here). What was copied is shown too, selected when
// the clipboard refuses, so one key press still copies it.
import { useRef, useState } from 'preact/hooks';
import { embedCode, embedUrl, fullMapUrl } from '../state/embed';
import { linkState } from '../state/store';
import { copyText } from './clipboard';
import './story.css';

/** The iframe's title: what a screen reader says for the embedded frame. */
export const EMBED_TITLE = 'Map: Golan Heights and southern Syria, 2025 security track';

type Copied = { what: string; text: string; outcome: 'copied' | 'selected' };

export function SharePanel() {
  const [copied, setCopied] = useState<Copied | null>(null);
  const shown = useRef<HTMLPreElement>(null);
  const copy = async (what: string, text: string) => {
    setCopied({ what, text, outcome: 'copied' });
    await new Promise((r) => setTimeout(r, 0)); // the text is on the page, to select if need be
    setCopied({ what, text, outcome: await copyText(text, shown.current) });
  };
  // From the state, not location: the hash is written up to 300 ms late (state/url.ts).
  const link = () => fullMapUrl(window.location.href, linkState.peek());
  const code = () => embedCode(embedUrl(window.location.href, linkState.peek()), EMBED_TITLE);
  return (
    <section class="panel share" aria-labelledby="share-heading">
      <h2 id="share-heading">Share</h2>
      <div class="share-buttons">
        <button type="button" onClick={() => copy('Link', link())}>
          Copy link
        </button>
        <button type="button" onClick={() => copy('Embed code', code())}>
          Copy embed code
        </button>
      </div>
      <p class="copy-status" role="status">
        {copied &&
          (copied.outcome === 'copied'
            ? `${copied.what} copied`
            : `${copied.what} selected: press Ctrl+C (⌘C on a Mac) to copy it`)}
      </p>
      {copied && (
        <pre class="share-text" ref={shown}>
          {copied.text}
        </pre>
      )}
    </section>
  );
}
