// How precisely an event is placed, in the codes of the two datasets our exports are read beside:
// ACLED's geo_precision and UCDP GED's where_prec. Both are coarser than our own words, so each
// code is the best one that does not claim more than we know.
import type { GeoPrecision } from './events';
import type { RegionId } from './kinds';

/** ACLED: 1 the town itself (or better), 2 near a town, 3 only a larger region. */
export type AcledGeoPrecision = 1 | 2 | 3;

/**
 * UCDP GED: 1 exact location, 2 within about 25 km of a named place, 3 a second-order admin unit
 * (district), 4 a first-order admin unit (governorate), 5 part of a country larger than one
 * governorate, 6 only the country.
 */
export type UcdpWherePrec = 1 | 2 | 3 | 4 | 5 | 6;

const ACLED: Record<GeoPrecision, AcledGeoPrecision> = { exact: 1, town: 1, near: 2, region: 3, country: 3 };

/**
 * Each region by what it is. The governorates are first-order units; Damascus, the buffer zone
 * and the Golan are areas of district size; "southern Syria" and the coast each span several
 * governorates, which is UCDP's 5, not 4; Israel and Syria as regions name only the country.
 */
export const UCDP_BY_REGION: Record<RegionId, UcdpWherePrec> = {
  quneitra: 4,
  daraa: 4,
  sweida: 4,
  damascus: 3,
  buffer: 3,
  golan: 3,
  'southern-syria': 5,
  'syrian-coast': 5,
  israel: 6,
  syria: 6,
};

/**
 * An imported ACLED row at geo_precision 3 carries no region of ours. ACLED codes such a row to
 * the provincial capital of the larger region its report names, so a governorate is the best fit.
 */
const UCDP_REGION_UNKNOWN: UcdpWherePrec = 4;

const UCDP: Record<Exclude<GeoPrecision, 'region'>, UcdpWherePrec> = {
  exact: 1,
  town: 1,
  near: 2,
  country: 6,
};

type Placed = { geo_precision: GeoPrecision; region?: RegionId };

export const acledGeoPrecision = (e: Placed): AcledGeoPrecision => ACLED[e.geo_precision];

export function ucdpWherePrec(e: Placed): UcdpWherePrec {
  if (e.geo_precision !== 'region') return UCDP[e.geo_precision];
  return e.region ? UCDP_BY_REGION[e.region] : UCDP_REGION_UNKNOWN;
}

/** How well the place is known, in two words or fewer: for lists with no room for a sentence. */
export const PLACE_PRECISION_SHORT: Record<GeoPrecision, string> = {
  exact: 'exact site',
  near: 'near the site',
  town: 'town',
  region: 'area only',
  country: 'country only',
};
