// Text handed to papaparse as it is decoded (read-text.ts), for both readers of a CSV file: the
// import worker's, and a second worker's for a large file's later part (csv-parts.ts).
import Papa from 'papaparse';
import type { Fatal } from './parse/importer';
import type { createCsvFeed } from './parse/papa';

type Listener = (text?: string) => void;

/**
 * Text handed to papaparse through the members by which papaparse reads a Node stream
 * (`readable` and `read` to be taken for one, `on`, `removeListener`, `pause`, `resume`).
 * Nothing here pauses: each push is parsed before it returns.
 */
function textStream() {
  const listeners = new Map<string, Listener>();
  const stream = {
    readable: true,
    read: () => null,
    pause: () => {},
    resume: () => {},
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return stream;
    },
    removeListener(event: string) {
      listeners.delete(event);
      return stream;
    },
  };
  return {
    stream: stream as unknown as NodeJS.ReadableStream,
    push: (text: string) => listeners.get('data')?.(text),
    end: () => listeners.get('end')?.(),
  };
}

/** Papa fed a file's text as it is decoded, and told when the text ends. */
export function papaFeed(feed: ReturnType<typeof createCsvFeed>) {
  const text = textStream();
  let [started, completed, pushed] = [false, false, 0];
  let failure: string | undefined;
  return {
    /** Parses the text's next chunk; false once reading should stop. */
    push(chunk: string): boolean {
      if (chunk === '') return true; // a byte-order mark alone: the delimiter is judged on text
      if (!started) {
        started = true;
        Papa.parse<string[]>(text.stream, {
          ...feed.configFor(chunk),
          // Early when the column question has its sample rows: then reading stops.
          complete: () => {
            completed = true;
          },
          error: (e: Error) => {
            failure = e.message;
          },
        });
      }
      text.push(chunk);
      pushed += chunk.length;
      return !completed && failure === undefined;
    },
    /** Still reading: not stopped by the column question, a one-column file or an error. */
    open: () => !completed && failure === undefined,
    /** Whether it has read every row of the text so far, none left half read. */
    atRowEnd: () => started && !completed && failure === undefined && feed.endsAt(pushed),
    /** The text is over: its last row is read. */
    end(): Fatal | null {
      if (!completed && failure === undefined) text.end();
      return failure === undefined ? null : { fatal: `the file could not be read: ${failure}` };
    },
  };
}
