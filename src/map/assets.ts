// Build-time asset URLs (Vite `?url`): the GeoJSON layers and the font files, all same-origin.

import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import hebrew from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2?url';
import hebrewBold from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import areasOfLimitation from '../../geo/areas-of-limitation.geojson?url';
import basemap from '../../geo/basemap.geojson?url';
import bufferZone from '../../geo/buffer-zone-1974.geojson?url';
import golan from '../../geo/golan-heights.geojson?url';
import governorates from '../../geo/governorates.geojson?url';
import labels from '../../geo/labels.geojson?url';
import places from '../../geo/places.geojson?url';
import water from '../../geo/water.geojson?url';
import world from '../../geo/world.geojson?url';
import type { FontUrls } from '../layers/fonts';
import { SOURCE } from '../layers/ids';
import type { DataUrls } from '../layers/style';

export { workerUrl };

export const DATA_URLS: DataUrls = {
  [SOURCE.world]: world,
  [SOURCE.basemap]: basemap,
  [SOURCE.water]: water,
  [SOURCE.places]: places,
  [SOURCE.golan]: golan,
  [SOURCE.buffer]: bufferZone,
  [SOURCE.limitation]: areasOfLimitation,
  [SOURCE.governorates]: governorates,
  [SOURCE.labels]: labels,
};

export const FONT_URLS: FontUrls = {
  regular: { latin, latinExt, arabic, hebrew },
  bold: { latin: latinBold, latinExt: latinExtBold, arabic: arabicBold, hebrew: hebrewBold },
};
