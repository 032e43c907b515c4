// A placemark's geometry, read by toGeoJSON (@tmcw/togeojson), which takes an XML DOM: each
// placemark gets a small one of its own, built by @xmldom/xmldom (the import runs in a Web Worker,
// which has no DOMParser) from the geometry elements only, since its name, time, description and
// ExtendedData are read off the tree itself (kml-placemark.ts). toGeoJSON looks a dozen names up
// in every placemark it reads: over three or four elements that is cheap, over the whole of
// one with its description and data it was half of the reading.
import { kmlGen } from '@tmcw/togeojson';
import { DOMImplementation, type Document, type Element } from '@xmldom/xmldom';
import type { KmlNode } from './kml-stream';

/** The elements of a placemark toGeoJSON reads a geometry from (its getGeometry's cases). */
const GEOMETRIES = new Set([
  'Point',
  'LineString',
  'LinearRing',
  'Polygon',
  'MultiGeometry',
  'Track',
  'gx:Track',
  'MultiTrack',
  'gx:MultiTrack',
]);

export type KmlGeometry = { type: string; coordinates?: unknown; geometries?: unknown } | null;

/** The element and all in it, as DOM nodes of `doc`; attributes are left out, as no geometry reads one. */
function elementOf(doc: Document, node: KmlNode): Element {
  const element = doc.createElementNS(node.uri === '' ? null : node.uri, node.name);
  for (const c of node.children)
    element.appendChild(typeof c === 'string' ? doc.createTextNode(c) : elementOf(doc, c));
  return element;
}

/** Reads placemarks' geometries through one Placemark element, its geometry replaced for each. */
export function geometryReader(): (placemark: KmlNode) => KmlGeometry {
  const doc = new DOMImplementation().createDocument(null, '');
  const box = doc.createElementNS(null, 'Document');
  const shape = box.appendChild(doc.createElementNS(null, 'Placemark'));
  return (placemark) => {
    while (shape.lastChild) shape.removeChild(shape.lastChild);
    for (const c of placemark.children)
      if (typeof c !== 'string' && GEOMETRIES.has(c.name)) shape.appendChild(elementOf(doc, c));
    const first = kmlGen(box as unknown as globalThis.Document).next();
    return first.done ? null : (first.value.geometry as KmlGeometry);
  };
}
