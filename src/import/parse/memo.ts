// A cache for a pure function of one cell's text. An export repeats its dates, outlets and
// actors across thousands of rows, so reading each distinct text once saves most of the work of
// a million rows; the cache is dropped when it fills, so a file of all-different cells costs a
// few map writes a row and never more memory than the limit.

/** Distinct texts kept at once: a year of days, a few thousand outlets, with room to spare. */
const LIMIT = 20_000;

export function memoText<T>(read: (text: string) => T, limit = LIMIT): (text: string) => T {
  let seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = read(text);
    if (seen.size >= limit) seen = new Map();
    seen.set(text, value);
    return value;
  };
}
