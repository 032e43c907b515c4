import { describe, expect, it } from 'vitest';
import { checkPrototype } from './fuzz-support';
import { type KmlNode, streamKml } from './kml-stream';

const KML = 'xmlns="http://www.opengis.net/kml/2.2"';
const pm = (name: string) => `<Placemark><name>${name}</name></Placemark>`;

/** The placemarks handed on, each as its name's text and folder path, and what streamKml said. */
function streamed(text: string) {
  const seen: [string, string][] = [];
  const nameOf = (p: KmlNode) => {
    const name = p.children.find((c) => typeof c !== 'string' && c.name === 'name');
    return typeof name === 'object' ? name.children.join('') : '';
  };
  const said = streamKml(text, (p, folder) => seen.push([nameOf(p), folder]));
  return { seen, said };
}

describe('streamKml', () => {
  it('hands on each placemark in file order with the path of the folders it is in', () => {
    const { seen, said } = streamed(
      `<?xml version="1.0"?><kml ${KML}><Document><name>Not a folder</name>${pm('Top')}` +
        `<Folder><name> Quneitra </name><Folder><name>Check<![CDATA[points]]></name>${pm('Gate')}</Folder>` +
        `<Folder>${pm('Unnamed folder')}</Folder>${pm('Back up')}</Folder></Document></kml>`,
    );
    expect(said).toEqual({ groundOverlays: 0 });
    expect(seen).toEqual([
      ['Top', ''],
      ['Gate', 'Quneitra › Checkpoints'],
      ['Unnamed folder', 'Quneitra'],
      ['Back up', 'Quneitra'],
    ]);
  });

  it('keeps a placemark as written: names with their namespace, text and CDATA, attributes', () => {
    const trees: KmlNode[] = [];
    streamKml(
      `<kml ${KML} xmlns:gx="http://www.google.com/kml/ext/2.2"><Placemark id="p1" __proto__="x"><description><![CDATA[<b>a</b>]]> &amp; b</description><gx:Track/></Placemark></kml>`,
      (p) => trees.push(p),
    );
    checkPrototype();
    const [p] = trees;
    expect(p?.attributes.id?.value).toBe('p1');
    expect(Object.hasOwn(p?.attributes ?? {}, '__proto__')).toBe(true);
    expect(p?.children).toEqual([
      {
        name: 'description',
        uri: 'http://www.opengis.net/kml/2.2',
        attributes: {},
        children: ['<b>a</b>', ' & b'],
      },
      { name: 'gx:Track', uri: 'http://www.google.com/kml/ext/2.2', attributes: {}, children: [] },
    ]);
  });

  it('counts ground overlays, and takes a root <kml> with a prefix', () => {
    const overlay = '<GroundOverlay><Icon><href>a.png</href></Icon></GroundOverlay>';
    expect(
      streamed(`<k:kml xmlns:k="http://www.opengis.net/kml/2.2">${overlay}${overlay}</k:kml>`).said,
    ).toEqual({
      groundOverlays: 2,
    });
  });

  it('refuses other XML by its root, before reading on', () => {
    expect(streamed('<gpx version="1.1"><trk></gpx>').said).toEqual({
      fatal: 'the file is XML but not KML: its root element is <gpx>',
    });
  });

  it('refuses a file broken anywhere, even after placemarks it read, saying where', () => {
    const { seen, said } = streamed(
      `<kml ${KML}>${pm('Read')}\n<Placemark><name>A & B</name></Placemark></kml>`,
    );
    expect(seen).toEqual([['Read', '']]);
    expect(said).toEqual({
      fatal: expect.stringMatching(/^the file is not XML, so not KML: line 2, column \d+: /),
    });
    for (const broken of [
      `<kml ${KML}>${pm('Cut')}<Placemark><na`,
      `<kml ${KML}><gx:Track/></kml>`,
      `<kml ${KML}></kml><kml/>`,
      '',
      'name,date\nx,2025-07-14',
    ])
      expect(streamed(broken).said).toEqual({
        fatal: expect.stringMatching(/^the file is not XML, so not KML: /),
      });
  });

  it("says what XML knows of entities when a file uses one of HTML's", () => {
    expect(streamed(`<kml ${KML}><name>a&nbsp;b</name></kml>`).said).toEqual({
      fatal: expect.stringMatching(/undefined entity\. \(XML knows only &amp; .* &#160;\)$/),
    });
  });

  it('throws again what the caller threw, not calling it bad XML', () => {
    const fails = () => {
      throw new RangeError('ours');
    };
    expect(() => streamKml(`<kml ${KML}>${pm('A')}</kml>`, fails)).toThrow(RangeError);
  });
});
