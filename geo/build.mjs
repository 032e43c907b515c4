// `npm run geo [-- outDir]`: derives every GeoJSON layer in geo/ from npm packages and the
// authored files in geo/authored/. Deterministic: the same inputs give byte-identical output,
// which the tests check by building into a temporary folder and comparing.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaOfSeparation, areasOfLimitation, golanHeights, golanWestEdge, lineB } from './lib/areas.mjs';
import { borderFeatures, countryFeatures, worldFeatures } from './lib/basemap.mjs';
import { collection, feature, lineString, polygon, writeCollection } from './lib/geojson.mjs';
import { governorates } from './lib/governorates.mjs';
import { labelFeatures } from './lib/labels.mjs';
import { placeFeatures } from './lib/places.mjs';
import { rivers } from './lib/water.mjs';
import { lineA } from './lib/world.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.argv[2] ?? here;
mkdirSync(outDir, { recursive: true });
const authored = (name) => JSON.parse(readFileSync(join(here, 'authored', `${name}.json`), 'utf8'));
const write = (name, features, meta) => {
  writeCollection(join(outDir, `${name}.geojson`), collection(features, meta));
  console.log(`${join(outDir, name)}.geojson: ${features.length} features`);
};

const lake = authored('sea-of-galilee');
const westEdge = golanWestEdge(authored('golan-west-edge'), lake);
const a = lineA();
const b = lineB(authored('line-b'));
const aos = areaOfSeparation(a, b);
const golan = golanHeights(westEdge);
const govs = governorates(authored('governorates'));

write('golan-heights', [
  feature(
    { type: 'Polygon', coordinates: golan },
    {
      name: 'Golan Heights',
      status: 'Israeli-held; claimed by Syria',
    },
    'golan',
  ),
]);

write('buffer-zone-1974', [
  polygon(aos, { role: 'area-of-separation', name: 'Area of Separation (UNDOF)' }, 'area-of-separation'),
  lineString(a, { role: 'line-a', name: 'Line A (Alpha)' }, 'line-a'),
  lineString(b, { role: 'line-b', name: 'Line B (Bravo)' }, 'line-b'),
]);

write(
  'areas-of-limitation',
  areasOfLimitation(a, b, aos).map(({ side, fromKm, toKm, geometry }) =>
    feature(
      geometry,
      {
        side,
        from_km: fromKm,
        to_km: toKm,
        name: `${toKm} km zone (${side === 'israeli' ? 'Israeli' : 'Syrian'} side, approx.)`,
      },
      `${side}-${toKm}`,
    ),
  ),
);

write(
  'governorates',
  govs.map(({ id, ref, rings }) =>
    feature({ type: 'Polygon', coordinates: rings }, { id, name: ref.name, local: ref.name_local }, id),
  ),
);

const riverFeatures = rivers(authored('rivers'), westEdge, lake).map(({ id, coordinates, ...p }) =>
  lineString(coordinates, { layer: 'river', ...p }, id),
);
write('water', [
  polygon(lake.coordinates, { layer: 'lake', name: 'Sea of Galilee', local: 'ים כנרת' }, 'sea-of-galilee'),
  ...riverFeatures,
]);

write('basemap', [...countryFeatures(), ...borderFeatures()]);
write('world', worldFeatures());
write('places', placeFeatures(authored('places')));

write('labels', labelFeatures({ lineA: a, lineB: b, governorates: govs }));
