// For tests: one event as the arrays are built from it, a precise strike at one spot unless told.
import type { EventInput } from './inputs';

export const eventInput = (id: string, day: number, over: Partial<EventInput> = {}): EventInput => ({
  id,
  day,
  lon: 36,
  lat: 33,
  kind: 'strike',
  precise: true,
  radiusKm: 0,
  ...over,
});
