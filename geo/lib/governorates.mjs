// Fits the reference governorate outlines to Line A and to each other.
import { buffer, difference, featureCollection, intersect, union } from '@turf/turf';
import { largestPolygon } from './areas.mjs';
import { polygon } from './geojson.mjs';
import { COUNTRY, country } from './world.mjs';

/** How far (degrees, ~2.8 km) Quneitra's Line A vertices are pushed west before the cut. */
const WEST_PAD_DEG = 0.03;
/** Half-width of the strip that closes the simplified outlines' gaps along a shared edge. */
const SEAM_KM = 1.5;

/**
 * Syria's Natural Earth polygon ends at Line A, so cutting an outline padded past Line A
 * with it gives an edge that *is* Line A. The simplified reference outlines overlap and
 * leave gaps along their shared edges; Quneitra and Sweida keep their outlines and Daraa
 * (the coarsest one, 1.9 km) takes a seam strip along each shared edge and loses what it
 * overlaps, so it meets both exactly.
 */
export function governorates(ref) {
  const syria = country(COUNTRY.syria);
  const clip = (f) => intersect(featureCollection([f, syria]));

  const q = ref.quneitra;
  const padded = q.coordinates.map(([lon, lat], i) =>
    i >= q.lineAFrom && i <= q.lineATo ? [lon - WEST_PAD_DEG, lat] : [lon, lat],
  );
  padded[padded.length - 1] = padded[0];
  const quneitra = clip(polygon(padded));
  const sweida = clip(polygon(ref.sweida.coordinates));

  const seams = [seam(q), seam(ref.sweida)];
  const daraaGrown = union(featureCollection([polygon(ref.daraa.coordinates), ...seams]));
  const daraa = difference(featureCollection([clip(daraaGrown), quneitra, sweida]));

  return [
    { id: 'quneitra', ref: q, rings: largestPolygon(quneitra) },
    { id: 'sweida', ref: ref.sweida, rings: largestPolygon(sweida) },
    { id: 'daraa', ref: ref.daraa, rings: largestPolygon(daraa) },
  ];
}

function seam(gov) {
  const [from, to] = gov.sharedWithDaraa;
  const line = gov.coordinates.slice(from, to + 1);
  return buffer(
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } },
    SEAM_KM,
    {
      units: 'kilometers',
    },
  );
}
