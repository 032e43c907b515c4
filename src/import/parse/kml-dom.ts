// A KML file as an XML document, and what each placemark says in it: read off the DOM here, not
// from the GeoJSON properties toGeoJSON makes, because those merge the ExtendedData names from the
// file with its own ("name", "timestamp") in one plain object, where a field named "name" or
// "__proto__" would overwrite or vanish. The document is built by @xmldom/xmldom: the import runs
// in a Web Worker, which has no DOMParser.
import { DOMParser, type Document, type Element, type Node, onErrorStopParsing } from '@xmldom/xmldom';
import { clipForMessage } from './dates';
import type { Fatal } from './importer';
import type { WrittenTime } from './kml-time';

const ELEMENT_NODE = 1;

/** The document, or why it is not one: not XML at all, or XML that is not KML. */
export function readKmlDocument(text: string): { doc: Document } | Fatal {
  let doc: Document;
  try {
    // Errors, not only fatal ones, stop it: a half-read file would lose placemarks unsaid.
    doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
  } catch (e) {
    const why = clipForMessage(String((e as Error)?.message ?? e).split('\n')[0] ?? '', 120);
    return { fatal: `the file is not XML, so not KML: ${why}` };
  }
  const root = doc.documentElement;
  if (!root) return { fatal: 'the file is not XML, so not KML: it has no root element' };
  if (root.localName !== 'kml')
    return {
      fatal: `the file is XML but not KML: its root element is <${clipForMessage(root.tagName, 40)}>`,
    };
  return { doc };
}

const isElement = (n: Node | null): n is Element => n !== null && n.nodeType === ELEMENT_NODE;

/** The first child element of that name (as toGeoJSON names them: the tag as written). */
function child(parent: Element | null, name: string): Element | null {
  for (let n = parent?.firstChild ?? null; n; n = n.nextSibling)
    if (isElement(n) && n.tagName === name) return n;
  return null;
}

const textOf = (e: Element | null) => (e ? (e.textContent ?? '') : null);
const childText = (parent: Element | null, name: string) => textOf(child(parent, name));

/** What a placemark says besides its geometry, each text as written (trimmed). */
export type PlacemarkText = {
  name: string;
  description: string;
  address: string;
  id: string;
  time: WrittenTime;
  /** ExtendedData fields in file order: a Map, since the names come from the file. */
  data: Map<string, string>;
  /** The names of the folders it is in, outermost first, " › " between them. */
  folder: string;
};

function extendedData(placemark: Element): Map<string, string> {
  const data = new Map<string, string>();
  const extended = child(placemark, 'ExtendedData');
  if (!extended) return data;
  for (const d of Array.from(extended.getElementsByTagName('Data'))) {
    const name = (d.getAttribute('name') ?? '').trim();
    if (name !== '') data.set(name, (childText(d, 'value') ?? '').trim());
  }
  for (const d of Array.from(extended.getElementsByTagName('SimpleData'))) {
    const name = (d.getAttribute('name') ?? '').trim();
    if (name !== '') data.set(name, (d.textContent ?? '').trim());
  }
  return data;
}

/** A folder path per parent element, worked out once for all the placemarks in it. */
export function folderPaths(): (placemark: Element) => string {
  const known = new Map<Node, string>();
  const pathOf = (n: Node | null): string => {
    if (!isElement(n)) return '';
    const cached = known.get(n);
    if (cached !== undefined) return cached;
    const above = pathOf(n.parentNode);
    const own = n.tagName === 'Folder' ? (childText(n, 'name') ?? '').trim() : '';
    const path = own === '' ? above : above === '' ? own : `${above} › ${own}`;
    known.set(n, path);
    return path;
  };
  return (placemark) => pathOf(placemark.parentNode);
}

export function placemarkText(placemark: Element, folderOf: (p: Element) => string): PlacemarkText {
  const stamp = child(placemark, 'TimeStamp');
  const span = child(placemark, 'TimeSpan');
  const trimmed = (name: string) => (childText(placemark, name) ?? '').trim();
  return {
    name: trimmed('name'),
    description: trimmed('description'),
    address: trimmed('address'),
    id: (placemark.getAttribute('id') ?? '').trim(),
    time: {
      when: stamp ? (childText(stamp, 'when') ?? '') : null,
      begin: childText(span, 'begin'),
      end: childText(span, 'end'),
    },
    data: extendedData(placemark),
    folder: folderOf(placemark),
  };
}
