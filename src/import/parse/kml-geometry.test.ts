import { describe, expect, it } from 'vitest';
import { geometryReader } from './kml-geometry';
import { type KmlNode, streamKml } from './kml-stream';

const NS = 'xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"';

/** Each placemark's geometry, read by one reader in file order. */
function geometries(...placemarks: string[]) {
  const trees: KmlNode[] = [];
  streamKml(`<kml ${NS}><Document>${placemarks.join('')}</Document></kml>`, (p) => trees.push(p));
  const read = geometryReader();
  return trees.map(read);
}

describe('geometryReader', () => {
  it('reads points, lines and polygons as toGeoJSON does, a ring closed', () => {
    expect(
      geometries(
        '<Placemark><Point><coordinates> 35.8,33.1,0 </coordinates></Point></Placemark>',
        '<Placemark><LineString><coordinates>35.8,33.0 36.0,33.2</coordinates></LineString></Placemark>',
        '<Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>35,33 36,33 36,34</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>',
      ),
    ).toEqual([
      { type: 'Point', coordinates: [35.8, 33.1, 0] },
      {
        type: 'LineString',
        coordinates: [
          [35.8, 33],
          [36, 33.2],
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [35, 33],
            [36, 33],
            [36, 34],
            [35, 33],
          ],
        ],
      },
    ]);
  });

  it('reads a MultiGeometry as a collection and a gx:Track by its namespaced coords', () => {
    const [multi, track] = geometries(
      '<Placemark><MultiGeometry><Point><coordinates>1,2</coordinates></Point><Point><coordinates>3,4</coordinates></Point></MultiGeometry></Placemark>',
      '<Placemark><gx:Track><when>2025-07-14</when><when>2025-07-15</when><gx:coord>35.8 33.1 0</gx:coord><gx:coord>35.9 33.2 0</gx:coord></gx:Track></Placemark>',
    );
    expect(multi).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1, 2] },
        { type: 'Point', coordinates: [3, 4] },
      ],
    });
    expect(track).toEqual({
      type: 'LineString',
      coordinates: [
        [35.8, 33.1, 0],
        [35.9, 33.2, 0],
      ],
    });
  });

  it('gives null to a placemark with no geometry, whatever came before it or is in its data', () => {
    const [first, none, data] = geometries(
      '<Placemark><Point><coordinates>1,2</coordinates></Point></Placemark>',
      '<Placemark><name>Nowhere</name></Placemark>',
      '<Placemark><ExtendedData><Data name="Point"><value>1,2</value></Data></ExtendedData></Placemark>',
    );
    expect(first).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(none).toBeNull();
    expect(data).toBeNull();
  });
});
