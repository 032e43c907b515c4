import { describe, expect, it } from 'vitest';
import { KIND_INDEX } from '../../data/kinds';
import { buildEventArrays } from './arrays';
import { COUNTRY_PRECISION, columnsOf, type EventInput } from './inputs';
import { FLAG_COUNTRY, FLAG_PRECISE, FLAG_REGION, FLAG_SPAN } from './instance';

/** A precise strike at one place; each event below says how it differs. */
const strike: Omit<EventInput, 'id' | 'day'> = {
  lon: 36,
  lat: 33,
  kind: 'strike',
  precise: true,
  radiusKm: 0,
};

describe('columnsOf', () => {
  const inputs: EventInput[] = [
    { ...strike, id: 'one', day: 10 },
    { ...strike, id: 'span', day: 12, end: 19, span: true },
    { ...strike, id: 'country', day: 14, country: true, kind: 'meeting' },
    { ...strike, id: 'area', day: 15, radiusKm: 5, end: 3 },
  ];
  const c = columnsOf(inputs);

  it('keeps the objects’ order, ids and numbers', () => {
    expect(c.count).toBe(4);
    expect(inputs.map((_, p) => c.idAt(p))).toEqual(['one', 'span', 'country', 'area']);
    expect([...c.day]).toEqual([10, 12, 14, 15]);
    expect([...c.radiusKm]).toEqual([0, 0, 0, 5]);
    expect([...c.kind]).toEqual([
      KIND_INDEX.strike,
      KIND_INDEX.strike,
      KIND_INDEX.meeting,
      KIND_INDEX.strike,
    ]);
  });

  it('ends an event on its first day when no end is given, and never before it', () => {
    expect([...c.end]).toEqual([10, 19, 14, 15]);
  });

  it('gives each event’s flags as the object says, and its precisions to match', () => {
    expect([...(c.flags ?? [])]).toEqual([
      FLAG_PRECISE,
      FLAG_PRECISE | FLAG_SPAN,
      FLAG_PRECISE | FLAG_COUNTRY,
      FLAG_PRECISE | FLAG_REGION,
    ]);
    expect([...c.geoPrecision]).toEqual([0, 0, COUNTRY_PRECISION, 0]);
    expect([...c.datePrecision]).toEqual([0, 0, 0, 0]);
  });

  it('draws the same as the flags read back from its precisions', () => {
    const given = buildEventArrays(c);
    const read = buildEventArrays({ ...c, flags: undefined });
    expect([...read.points.data]).toEqual([...given.points.data]);
    expect([...read.regions.data]).toEqual([...given.regions.data]);
  });
});
