// Pure helpers for picking pieces out of coordinate lists.

const sq = (a, b) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Index of the vertex of `line` nearest to `point` (planar, fine at this scale). */
export function nearestIndex(line, point) {
  let best = 0;
  for (let i = 1; i < line.length; i++) if (sq(line[i], point) < sq(line[best], point)) best = i;
  return best;
}

/** The vertices of `line` from the one nearest `from` to the one nearest `to`, in that order. */
export function sliceBetween(line, from, to) {
  const i = nearestIndex(line, from);
  const j = nearestIndex(line, to);
  return i <= j ? line.slice(i, j + 1) : line.slice(j, i + 1).reverse();
}

/** Concatenates pieces, dropping a vertex repeated where two pieces meet. */
export function join(...pieces) {
  const out = [];
  for (const piece of pieces) {
    for (const p of piece) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
  }
  return out;
}

export const closeRing = (line) => join(line, [line[0]]);
