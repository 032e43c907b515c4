import { describe, expect, it } from 'vitest';
import { REGION_IDS } from './kinds';
import { acledGeoPrecision, UCDP_BY_REGION, ucdpWherePrec } from './precision';
import { GEO_PRECISIONS } from './schema';

describe('precision codes for exports', () => {
  it('gives ACLED’s geo_precision for each of our precisions', () => {
    const codes = GEO_PRECISIONS.map((geo_precision) => acledGeoPrecision({ geo_precision }));
    expect(codes).toEqual([1, 2, 1, 3, 3]); // exact, near, town, region, country
  });

  it('gives UCDP’s where_prec for points, near, and the country', () => {
    expect(ucdpWherePrec({ geo_precision: 'exact' })).toBe(1);
    expect(ucdpWherePrec({ geo_precision: 'town' })).toBe(1);
    expect(ucdpWherePrec({ geo_precision: 'near' })).toBe(2);
    expect(ucdpWherePrec({ geo_precision: 'country' })).toBe(6);
  });

  it('gives each region the UCDP level of what it is', () => {
    const byRegion = Object.fromEntries(
      REGION_IDS.map((region) => [region, ucdpWherePrec({ geo_precision: 'region', region })]),
    );
    expect(byRegion).toEqual({
      golan: 3,
      buffer: 3,
      quneitra: 4,
      daraa: 4,
      sweida: 4,
      damascus: 3,
      'southern-syria': 5,
      'syrian-coast': 5,
      israel: 6,
      syria: 6,
    });
    expect(Object.keys(UCDP_BY_REGION).sort()).toEqual([...REGION_IDS].sort());
  });

  it('places an imported region with no region of ours at governorate level', () => {
    expect(ucdpWherePrec({ geo_precision: 'region' })).toBe(4);
    expect(acledGeoPrecision({ geo_precision: 'region' })).toBe(3);
  });
});
