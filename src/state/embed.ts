// What the share menu and embed mode link to: the full map of the same view, and the <iframe>
// snippet another site pastes to show it. Pure: the caller passes the page's address.
import { formatHash, type HashState } from './hash';

/** The page's address without its hash: where the app is served, whatever its path or query. */
const pageOf = (href: string) => href.replace(/#.*$/, '');

/** The same view as a full map, for "Open full map" in embed mode (no embed=1). */
export const fullMapUrl = (href: string, state: HashState): string =>
  `${pageOf(href)}#${formatHash({ ...state, embed: undefined })}`;

/** The same view in embed mode: what the <iframe> loads. */
export const embedUrl = (href: string, state: HashState): string =>
  `${pageOf(href)}#${formatHash({ ...state, embed: true })}`;

/** An attribute value as HTML reads it back: the URL's `&` and any quote survive the paste. */
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const EMBED_SIZE = { width: 800, height: 500 };

/** The snippet "Copy embed code" gives: titled for screen readers, borderless, lazy, fullscreen-able. */
export function embedCode(src: string, title: string, size = EMBED_SIZE): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${size.width}" ` +
    `height="${size.height}" style="border:0" loading="lazy" allowfullscreen></iframe>`
  );
}
