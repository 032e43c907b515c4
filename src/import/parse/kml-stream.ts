// A KML file read as a stream of placemarks by saxes, a strict XML reader: each placemark is
// handed on as a small tree of its own, with the path of the folders it is in, and dropped once
// read, so a file of 100k placemarks is never one document in memory (building it took most of
// an import's time). saxes checks the whole file is well-formed XML, as a document parser would:
// a file broken half-way is refused, not read up to the break.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { clipForMessage } from './dates';
import type { Fatal } from './importer';

/** An element of a placemark as written: its qualified name, namespace, attributes and content. */
export type KmlNode = {
  name: string;
  uri: string;
  /** By qualified name; from the file, so read with Object.hasOwn (see attributeOf). */
  attributes: Readonly<Record<string, { value: string }>>;
  children: (KmlNode | string)[];
};

/** What the whole file held besides its placemarks. */
export type KmlStreamed = { groundOverlays: number };

/** An open element outside any placemark: a folder keeps the name it is given. */
type Frame = { name: string; folder: string | null };

const nodeOf = (tag: SaxesTagNS): KmlNode => ({
  name: tag.name,
  uri: tag.uri,
  attributes: tag.attributes,
  children: [],
});

/** Thrown from a handler to stop reading: the root says the file is not KML. */
class NotKml extends Error {}
/** What the caller's own code threw, carried past the XML error handling to be thrown again. */
class FromCaller extends Error {
  constructor(readonly thrown: unknown) {
    super('thrown while reading a placemark');
  }
}

/** What a break's message says to do, for the one hand-made KML has most after a bare "&" (kml-repair.ts). */
const HINT_ENTITY = ' (XML knows only &amp; &lt; &gt; &quot; &apos; and numbered ones such as &#160;)';

/** Opens every message about a file saxes refused. */
export const NOT_XML = 'the file is not XML, so not KML: ';

/** "1:16: unbound namespace prefix" → "line 1, column 16: unbound namespace prefix". */
const saxesMessage = (e: unknown) => {
  const text = String((e as Error)?.message ?? e).split('\n')[0] ?? '';
  const said = clipForMessage(text.replace(/^(?:undefined:)?(\d+):(\d+): /, 'line $1, column $2: '), 120);
  return said + (/undefined entity/.test(text) ? HINT_ENTITY : '');
};

/** The folder names above the current element, outermost first, " › " between them. */
const folderPath = (frames: Frame[]) =>
  frames
    .map((f) => f.folder ?? '')
    .filter((name) => name !== '')
    .join(' › ');

type OnPlacemark = (placemark: KmlNode, folder: string) => void;

/** Where the reading is: the elements open outside a placemark, and the placemark being read. */
type Reading = {
  frames: Frame[];
  open: KmlNode[];
  /** A folder's <name> being read: its frame's depth, and its text so far. */
  naming: { depth: number; parts: string[] } | null;
  groundOverlays: number;
};

function openTag(r: Reading, tag: SaxesTagNS): void {
  if (r.frames.length === 0 && r.open.length === 0 && tag.local !== 'kml')
    throw new NotKml(`the file is XML but not KML: its root element is <${clipForMessage(tag.name, 40)}>`);
  if (r.open.length > 0 || tag.name === 'Placemark') {
    const node = nodeOf(tag);
    r.open.at(-1)?.children.push(node);
    r.open.push(node);
    return;
  }
  if (tag.name === 'GroundOverlay') r.groundOverlays++;
  const parent = r.frames.at(-1);
  if (tag.name === 'name' && parent?.name === 'Folder' && parent.folder === null)
    r.naming = { depth: r.frames.length, parts: [] };
  r.frames.push({ name: tag.name, folder: tag.name === 'Folder' ? null : '' });
}

function closeTag(r: Reading, onPlacemark: OnPlacemark): void {
  const node = r.open.pop();
  if (node) {
    try {
      if (r.open.length === 0) onPlacemark(node, folderPath(r.frames));
    } catch (e) {
      throw new FromCaller(e);
    }
    return;
  }
  r.frames.pop();
  if (r.naming === null || r.frames.length !== r.naming.depth) return;
  const folder = r.frames.at(-1);
  if (folder) folder.folder = r.naming.parts.join('').trim();
  r.naming = null;
}

/** Characters handed to saxes at a time, so that a big file says how far its reading has got. */
const CHUNK_CHARS = 1 << 20;

/** A text run, joined to the one before it: a chunk's end may cut a text in two. */
function addText(children: (KmlNode | string)[], t: string): void {
  const last = children.length - 1;
  if (typeof children[last] === 'string') children[last] += t;
  else children.push(t);
}

export type StreamOptions = {
  /** The share of the text read so far, after each chunk. */
  progress?: (fraction: number) => void;
  /** For tests: a few characters, to cut texts, tags and references between chunks. */
  chunkChars?: number;
};

/**
 * Calls `onPlacemark` with each placemark in file order; a fatal when the file is not XML or not
 * KML. A folder's name is the text of its first <name>, written before its placemarks, as every
 * KML writer does; placemarks above it in the folder get the path without it. The text is read a
 * chunk at a time (saxes carries a CR or half a surrogate pair over to the next).
 */
export function streamKml(
  text: string,
  onPlacemark: OnPlacemark,
  { progress, chunkChars = CHUNK_CHARS }: StreamOptions = {},
): KmlStreamed | Fatal {
  const r: Reading = { frames: [], open: [], naming: null, groundOverlays: 0 };
  const parser = new SaxesParser({ xmlns: true });
  const onText = (t: string) => {
    const node = r.open.at(-1);
    if (node) addText(node.children, t);
    else r.naming?.parts.push(t);
  };
  parser.on('opentag', (tag) => openTag(r, tag));
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => closeTag(r, onPlacemark));
  try {
    for (let at = 0; at < text.length; at += chunkChars) {
      parser.write(text.slice(at, at + chunkChars));
      progress?.(Math.min(1, (at + chunkChars) / text.length));
    }
    parser.close();
  } catch (e) {
    if (e instanceof FromCaller) throw e.thrown;
    if (e instanceof NotKml) return { fatal: e.message };
    return { fatal: `${NOT_XML}${saxesMessage(e)}` };
  }
  return { groundOverlays: r.groundOverlays };
}
