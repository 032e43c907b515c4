// A seeded ACLED-style CSV of N rows (1M ≈ 147 MiB), the same bytes every run: what
// bench/import.mjs and bench/scrub-profile.mjs import into the app.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const OUT = 'dist-bench';
const HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';
const TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Strategic developments',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ACLED's notes run to a sentence or three; this keeps rows near ACLED's ~100 bytes each. */
const NOTE = 'Synthetic benchmark row near the town.';

/** Seeded, so every run imports the same bytes. */
function* rows(n) {
  let s = 1;
  const r = () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
  for (let i = 0; i < n; i++) {
    const year = 2015 + Math.floor(r() * 11);
    const date = `${1 + Math.floor(r() * 28)} ${MONTHS[Math.floor(r() * 12)]} ${year}`;
    const type = TYPES[Math.floor(r() * TYPES.length)];
    const lat = (32.3 + r() * 1.5).toFixed(4);
    const lon = (35.6 + r() * 1.4).toFixed(4);
    yield `SYR${i},${date},${year},${1 + Math.floor(r() * 3)},${type},Test,Actor A,Actor B,Daraa,Town ${i % 500},${lat},${lon},${1 + Math.floor(r() * 3)},Test outlet,${NOTE},0\n`;
  }
}

/** Writes the file into `dir` (made if missing) and returns its path. */
export async function writeCsv(n, dir = OUT) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `acled-${n}.csv`);
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  for (const line of rows(n)) if (!out.write(line)) await new Promise((ok) => out.once('drain', ok));
  await new Promise((ok) => out.end(ok));
  return path;
}
