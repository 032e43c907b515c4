// One event as the GPU reads it: STRIDE floats, interleaved, at the offsets in AT. The vertex
// shaders (map/events-gl/) and the CPU's reads (picking, stacks) share this layout, and the object
// inputs (inputs.ts) set the same flags the arrays read from a table, so it sits below both.

/** Per-instance floats, interleaved: x, y (Web Mercator 0..1), day, kind, flags, radius, end. */
export const STRIDE = 7;
export const FLAG_PRECISE = 1;
export const FLAG_REGION = 2;
/** Only the country is known: a quiet outline, never a pin on a town. */
export const FLAG_COUNTRY = 4;
/** Lasted several days (an end_date): marked as ongoing while T is inside it. */
export const FLAG_SPAN = 8;
/** Offsets in an instance that the CPU reads back. */
export const AT = { x: 0, y: 1, day: 2, kind: 3, flags: 4, radius: 5, end: 6 } as const;
