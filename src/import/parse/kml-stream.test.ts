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
        // CDATA and text side by side are one run, as they are however the chunks cut them.
        children: ['<b>a</b> & b'],
      },
      { name: 'gx:Track', uri: 'http://www.google.com/kml/ext/2.2', attributes: {}, children: [] },
    ]);
  });

  it('reads the same placemarks however the text is cut into chunks, and says how far it got', () => {
    const text =
      `<?xml version="1.0"?>\r\n<kml ${KML}><Folder><name>Dar&#x27;a 🛰️</name>` +
      `<Placemark id="a"><name>Gate &amp; road</name><description><![CDATA[<i>x</i>]]> y\r\nz</description>` +
      `<Point><coordinates>36.1,32.6</coordinates></Point></Placemark>${pm('Ünïcødé 🌍')}</Folder></kml>`;
    const read = (chunkChars?: number) => {
      const trees: [KmlNode, string][] = [];
      const fractions: number[] = [];
      const said = streamKml(text, (p, folder) => trees.push([p, folder]), {
        chunkChars,
        progress: (f) => fractions.push(f),
      });
      return { trees, said, fractions };
    };
    const whole = read();
    expect(whole.trees).toHaveLength(2);
    expect(whole.trees[0]?.[1]).toBe("Dar'a 🛰️");
    expect(whole.fractions).toEqual([1]);
    for (const chunkChars of [1, 2, 3, 7, 64]) {
      const cut = read(chunkChars);
      expect(cut.said, `chunks of ${chunkChars}`).toEqual(whole.said);
      expect(cut.trees, `chunks of ${chunkChars}`).toEqual(whole.trees);
      expect(cut.fractions).toHaveLength(Math.ceil(text.length / chunkChars));
      expect(cut.fractions.every((f, i) => i === 0 || f > (cut.fractions[i - 1] as number))).toBe(true);
      expect(cut.fractions.at(-1)).toBe(1);
    }
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
