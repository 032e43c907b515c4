// Everything the page needs of a list of events, built from its table in one place: the time
// index, the histogram's tally, the date range and the drawing. The import worker builds these
// parts as typed arrays and plain objects and transfers them; the page only gives them their
// lookups (revive), so a million rows reach the map without a pass over them on the page's thread.
import type { Day } from '../data/dates';
import { type EventTable, idAt, tableBuffers } from '../data/event-table';
import type { EventRecord } from '../data/events';
import { tableOf } from '../data/table-builder';
import { textBytesAt } from '../data/text-column';
import type { DrawColumns } from '../layers/event-drawing/arrays';
import {
  type DrawingParts,
  drawingBuffers,
  drawingFrom,
  drawingParts,
  type EventDrawing,
} from '../layers/event-drawing/drawing';
import { buildIndex, type EventIndex } from '../timeline/event-index';
import { type Tally, tally } from '../timeline/histogram';
import { rangeOf } from '../timeline/visibility';

type Parts = { table: EventTable; index: EventIndex; tally: Tally; range: { start: Day; end: Day } };
/** As a worker posts them. */
export type PreparedParts = Parts & { drawing: DrawingParts };
/** As the page uses them. */
export type PreparedEvents = Parts & { drawing: EventDrawing };

export function prepareParts(table: EventTable): PreparedParts {
  const columns: DrawColumns = {
    ...table,
    idAt: (p) => idAt(table, p),
    idBytesAt: (p) => textBytesAt(table.text.id, p),
  };
  return {
    table,
    index: buildIndex(table),
    tally: tally(table),
    range: rangeOf(table),
    drawing: drawingParts(columns),
  };
}

export function revive(parts: PreparedParts): PreparedEvents {
  const { table } = parts;
  return { ...parts, drawing: drawingFrom(parts.drawing, (p) => idAt(table, p)) };
}

export const prepareEvents = (table: EventTable): PreparedEvents => revive(prepareParts(table));

/** From records, sorted by day: the curated events (a few dozen) and tests. */
export const prepareRecords = (events: readonly EventRecord[], set: string): PreparedEvents =>
  prepareEvents(tableOf(events, set));

/** Every buffer under the parts, once each (the index's days are the table's own). */
export function preparedBuffers(p: PreparedParts): ArrayBuffer[] {
  const { index } = p;
  const indexBuffers = [
    index.days,
    ...Object.values(index.byKind),
    ...Object.values(index.positionsByKind),
    ...Object.values(index.endsByKind),
  ].map((a) => a.buffer as ArrayBuffer);
  return [...new Set([...tableBuffers(p.table), ...indexBuffers, ...drawingBuffers(p.drawing)])];
}
