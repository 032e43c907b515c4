// What each placemark says besides its geometry, read off its own tree (kml-stream.ts), not from
// the GeoJSON properties toGeoJSON makes, because those merge the ExtendedData names from the
// file with its own ("name", "timestamp") in one plain object, where a field named "name" or
// "__proto__" would overwrite or vanish. Names are matched as written, as toGeoJSON matches them.
import type { KmlNode } from './kml-stream';
import type { WrittenTime } from './kml-time';

/** The first child element of that name. */
function child(parent: KmlNode | null, name: string): KmlNode | null {
  if (parent) for (const c of parent.children) if (typeof c !== 'string' && c.name === name) return c;
  return null;
}

/** Every element of that name inside, in document order (as getElementsByTagName finds them). */
function descendants(parent: KmlNode, name: string, out: KmlNode[] = []): KmlNode[] {
  for (const c of parent.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** All the text inside, CDATA included (a DOM's textContent). */
function textOf(node: KmlNode): string {
  let text = '';
  for (const c of node.children) text += typeof c === 'string' ? c : textOf(c);
  return text;
}

const childText = (parent: KmlNode | null, name: string) => {
  const found = child(parent, name);
  return found ? textOf(found) : null;
};

/** An attribute's value, or '' when there is none: the names come from the file. */
const attributeOf = (node: KmlNode, name: string) =>
  Object.hasOwn(node.attributes, name) ? (node.attributes[name]?.value ?? '') : '';

/** What a placemark says besides its geometry, each text as written (trimmed). */
export type PlacemarkText = {
  name: string;
  description: string;
  address: string;
  id: string;
  time: WrittenTime;
  /** ExtendedData fields in file order, <Data> before <SimpleData>: a Map, since the names come from the file. */
  data: Map<string, string>;
  /** The names of the folders it is in, outermost first, " › " between them. */
  folder: string;
};

function extendedData(placemark: KmlNode): Map<string, string> {
  const data = new Map<string, string>();
  const extended = child(placemark, 'ExtendedData');
  if (!extended) return data;
  for (const d of descendants(extended, 'Data')) {
    const name = attributeOf(d, 'name').trim();
    if (name !== '') data.set(name, (childText(d, 'value') ?? '').trim());
  }
  for (const d of descendants(extended, 'SimpleData')) {
    const name = attributeOf(d, 'name').trim();
    if (name !== '') data.set(name, textOf(d).trim());
  }
  return data;
}

export function placemarkText(placemark: KmlNode, folder: string): PlacemarkText {
  const stamp = child(placemark, 'TimeStamp');
  const span = child(placemark, 'TimeSpan');
  const trimmed = (name: string) => (childText(placemark, name) ?? '').trim();
  return {
    name: trimmed('name'),
    description: trimmed('description'),
    address: trimmed('address'),
    id: attributeOf(placemark, 'id').trim(),
    time: {
      when: stamp ? (childText(stamp, 'when') ?? '') : null,
      begin: childText(span, 'begin'),
      end: childText(span, 'end'),
    },
    data: extendedData(placemark),
    folder,
  };
}
