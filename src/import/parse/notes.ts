// What a parser read in a way the file did not quite say: decimal commas, degrees-minutes-seconds,
// Excel and Unix dates, a `sep=` line, comments. Each kind is said once in the import's summary,
// with the first row it was seen in and how that row was read, so the user can check it.

export type NoteKind = 'decimal-comma' | 'dms' | 'excel-date' | 'unix-seconds' | 'unix-ms';

const LEAD: Record<NoteKind, string> = {
  'decimal-comma': 'Coordinates written with a decimal comma were read as decimals',
  dms: 'Coordinates in degrees, minutes and seconds were read as decimal degrees',
  'excel-date': 'Dates written as Excel day numbers were read as such',
  'unix-seconds': 'Dates written as Unix times in seconds were read as such (as days in UTC)',
  'unix-ms': 'Dates written as Unix times in milliseconds were read as such (as days in UTC)',
};

// Rows, not cells, are counted: a row with both coordinates so written is one row.
type Seen = { count: number; rowNumber: number; lastRow: number; example: string };

/** Notes of one file, its rows counted as "row N" (CSV) or "feature N" (GeoJSON). */
export type Notes = {
  /** A row read in a way worth saying; `example` is how ("“33,5” as 33.5"). */
  add(kind: NoteKind, rowNumber: number, example: string): void;
  /** A sentence about the whole file (a `sep=` line, a comment, a projection). */
  say(sentence: string): void;
  /** Everything noted, in words, file-wide sentences first. */
  texts(): string[];
  /** What was noted, to post from a worker that read the file's second part. */
  state(): NotesState;
  /** The notes of the rows after these (another worker's part of the file) joined to these. */
  absorb(later: NotesState): void;
};

/** Notes as data: the kinds seen, first row first, and the sentences. */
export type NotesState = { seen: [NoteKind, Seen][]; sentences: string[] };

const n = (x: number) => x.toLocaleString('en');

export function createNotes(noun: 'row' | 'feature'): Notes {
  const seen = new Map<NoteKind, Seen>();
  const sentences: string[] = [];
  return {
    add(kind, rowNumber, example) {
      const found = seen.get(kind);
      if (!found) seen.set(kind, { count: 1, rowNumber, lastRow: rowNumber, example });
      else if (found.lastRow !== rowNumber) {
        found.count += 1;
        found.lastRow = rowNumber;
      }
    },
    say(sentence) {
      if (!sentences.includes(sentence)) sentences.push(sentence);
    },
    state: () => ({ seen: [...seen].map(([kind, s]) => [kind, { ...s }]), sentences: [...sentences] }),
    absorb(later) {
      for (const sentence of later.sentences) this.say(sentence);
      for (const [kind, after] of later.seen) {
        const found = seen.get(kind);
        if (!found) seen.set(kind, { ...after });
        else [found.count, found.lastRow] = [found.count + after.count, after.lastRow];
      }
    },
    texts() {
      const rows = [...seen].map(([kind, { count, rowNumber, example }]) => {
        const more = count > 1 ? ` and ${n(count - 1)} more ${count > 2 ? `${noun}s` : noun}` : '';
        return `${LEAD[kind]}: ${noun} ${rowNumber} (${example})${more}.`;
      });
      return [...sentences, ...rows];
    },
  };
}
