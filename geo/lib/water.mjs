// The Sea of Galilee and the Jordan and Yarmouk rivers: authored where no border carries them.
import { join, sliceBetween } from './lines.mjs';
import { border, COUNTRY, lineA } from './world.mjs';

/**
 * Where a river is the border (the Yarmouk below the Syria–Jordan–Golan tripoint, the Jordan
 * south of the confluence) we reuse Natural Earth's border vertices, so river and border coincide.
 */
export function rivers(authored, westEdge, lake) {
  const ilJo = border(COUNTRY.israel, COUNTRY.jordan)[0];
  const syJo = border(COUNTRY.syria, COUNTRY.jordan)[0];
  const tripoint = lineA().at(-1);
  const confluence = authored.jordanOutflow.at(-1);
  const inflow = lake.coordinates[lake.eastShoreTo];

  const upperStart = authored.jordanUpper.at(-1);
  const jordanUpper = join(authored.jordanUpper, sliceBetween(westEdge, upperStart, inflow), [inflow]);
  const jordanLower = join(authored.jordanOutflow, sliceBetween(ilJo, confluence, ilJo.at(-1)));
  const yarmouk = join(
    authored.yarmoukUpper,
    sliceBetween(syJo, authored.yarmoukUpper.at(-1), tripoint),
    sliceBetween(ilJo, tripoint, confluence),
  );
  return [
    { id: 'jordan-upper', name: 'Jordan', local: 'נהר הירדן', coordinates: jordanUpper },
    { id: 'jordan-lower', name: 'Jordan', local: 'نهر الأردن', coordinates: jordanLower },
    { id: 'yarmouk', name: 'Yarmouk', local: 'نهر اليرموك', coordinates: yarmouk },
  ];
}
