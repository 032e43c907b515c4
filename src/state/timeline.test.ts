import { afterEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/events';
import { prepareRecords } from '../import/prepared';
import { datasets, type ImportedDataset } from './datasets';
import { curatedEvents, findEvent } from './timeline';

const record = (id: string, day: number) =>
  ({
    id,
    set: 'u1',
    day,
    end: day,
    kind: 'strike',
    date_precision: 'day',
    geo_precision: 'exact',
  }) as EventRecord;
const imported = (id: string, events: EventRecord[]) =>
  ({ id, events: prepareRecords(events, id), visible: false }) as unknown as ImportedDataset;

describe('findEvent', () => {
  afterEach(() => {
    curatedEvents.value = [];
    datasets.value = [];
  });

  it('finds an event by id in the curated events and in every import, shown or not', () => {
    curatedEvents.value = [record('b', 2), record('a', 1)];
    const rows = [record('u1-3', 5), record('u1-2', 9)];
    datasets.value = [imported('u1', rows)];
    expect(findEvent('a')?.day).toBe(1);
    expect(findEvent('u1-2')).toMatchObject({ id: 'u1-2', day: 9 });
    expect(findEvent('u1-4')).toBeNull();
    expect(findEvent(null)).toBeNull();
  });

  it('reads a found event from its table, and looks a replaced list up afresh', () => {
    datasets.value = [imported('u2', [record('u2-1', 1)])];
    expect(findEvent('u2-1')).toMatchObject({ id: 'u2-1', set: 'u2', day: 1 });
    datasets.value = [imported('u2', [record('u2-1', 7)])];
    expect(findEvent('u2-1')?.day).toBe(7);
  });
});
