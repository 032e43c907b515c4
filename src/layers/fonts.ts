// Fonts come from bundled @fontsource files through the style's root `font-faces`: no glyph server.
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';

export const FONT = {
  regular: ['Noto Sans Regular'],
  bold: ['Noto Sans Bold'],
} as const;

/** One weight's files: each script's file is used only for its own characters. */
export type FontFiles = { latin: string; latinExt: string; arabic: string; hebrew: string };
export type FontUrls = { regular: FontFiles; bold: FontFiles };

/** Unicode ranges as in @fontsource's own CSS for these subsets. */
const RANGE = {
  latin: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F'],
  latinExt: ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1E00-1E9F'],
  arabic: ['U+0600-06FF', 'U+0750-077F', 'U+08A0-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'],
  hebrew: ['U+0590-05FF', 'U+FB1D-FB4F'],
} as const;

const faces = (files: FontFiles) =>
  (Object.keys(RANGE) as (keyof FontFiles)[]).map((script) => ({
    url: files[script],
    'unicode-range': [...RANGE[script]],
  }));

export function fontFaces(urls: FontUrls): FontFacesSpecification {
  return {
    [FONT.regular[0]]: faces(urls.regular),
    [FONT.bold[0]]: faces(urls.bold),
  };
}
