import { afterEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/events';
import { idIndexFor } from '../layers/event-drawing/by-id';
import { drawingOf } from '../layers/event-drawing/drawing';
import { datasets, type ImportedDataset } from './datasets';
import { curatedEvents, findEvent } from './timeline';

const record = (id: string, day: number) => ({ id, day, end: day, kind: 'strike' }) as EventRecord;
const imported = (id: string, events: EventRecord[]) =>
  ({ id, events, visible: false }) as unknown as ImportedDataset;

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
    expect(findEvent('u1-2')).toBe(rows[1]);
    expect(findEvent('u1-4')).toBeNull();
    expect(findEvent(null)).toBeNull();
  });

  it("shares the index with the list's drawing, and looks a replaced list up afresh", () => {
    const rows = [record('u2-1', 1)];
    expect(drawingOf(rows).arrays.byId).toBe(idIndexFor(rows));
    datasets.value = [imported('u2', rows)];
    expect(findEvent('u2-1')).toBe(rows[0]);
    const replaced = [record('u2-1', 7)];
    datasets.value = [imported('u2', replaced)];
    expect(findEvent('u2-1')).toBe(replaced[0]);
  });
});
