// A coordinate as people write it in a spreadsheet cell: a decimal ("33.5"), a decimal with a
// comma ("33,5", as Excel writes it in much of Europe), or degrees, minutes and seconds
// ("33°30'N", "33°30'15\"N", "33 30 15 N"). Each form is read only when it can mean one number.
import { clipForMessage } from './dates';

export type Axis = 'latitude' | 'longitude';
/** How a coordinate was written, when not as a plain decimal: said in the import's summary. */
export type CoordinateStyle = 'decimal-comma' | 'dms';
export type WrittenCoordinate = { value: number; style?: CoordinateStyle };

// Plain decimal numbers only: Number() would also take "", "0x1f" and "Infinity".
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
// One comma between digits and no point: no coordinate is 1,000 or more, so the comma cannot
// separate thousands, and "33,500" is 33.5.
const DECIMAL_COMMA = /^([+-]?\d{1,3}),(\d+)$/;

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
// Degrees, then minutes, then seconds, each after a mark (°, ', ") or a space.
const DMS = new RegExp(
  String.raw`^${NUMBER}(?:\s*°\s*|\s+|$)(?:${NUMBER}(?:\s*'\s*|\s+|$)(?:${NUMBER}\s*"?)?)?$`,
);
const HEMISPHERE_FIRST = /^([NSEW])\.?\s*(.*)$/;
const HEMISPHERE_LAST = /^(.*?)\s*([NSEW])\.?$/;
const AXIS_OF: Record<string, Axis> = { N: 'latitude', S: 'latitude', E: 'longitude', W: 'longitude' };

/** The marks people type for degrees, minutes and seconds, as the three ASCII-ish ones. */
const normalMarks = (text: string) =>
  text
    .toUpperCase()
    .replace(/[º˚]/g, '°')
    .replace(/[′’‘´`]/g, "'")
    .replace(/[″“”]|''/g, '"');

function hemisphereOf(text: string): { hemisphere?: string; rest: string } {
  const first = HEMISPHERE_FIRST.exec(text);
  if (first) return { hemisphere: first[1], rest: first[2] ?? '' };
  const last = HEMISPHERE_LAST.exec(text);
  if (last) return { hemisphere: last[2], rest: last[1] ?? '' };
  return { rest: text };
}

/** Degrees, minutes and seconds as decimal degrees; undefined when the text is not written so. */
function readDms(written: string, axis: Axis): number | string | undefined {
  const t = normalMarks(written);
  const { hemisphere, rest } = hemisphereOf(t);
  const negative = rest.startsWith('-');
  const body = rest.replace(/^[+-]\s*/, '');
  const m = DMS.exec(body);
  // Bare numbers with spaces ("33 30") are read only with a hemisphere to say what they are.
  if (!m || (hemisphere === undefined && !t.includes('°'))) return undefined;
  const shown = `${axis} "${clipForMessage(written)}"`;
  if (hemisphere !== undefined && AXIS_OF[hemisphere] !== axis) {
    const other = axis === 'latitude' ? 'longitude' : 'latitude';
    return `${shown} is marked ${hemisphere}, as a ${other} is: are latitude and longitude swapped?`;
  }
  if (hemisphere !== undefined && negative) return `${shown} has both a minus sign and ${hemisphere}`;
  const [degrees, minutes = 0, seconds = 0] = [m[1], m[2], m[3]].filter((x) => x !== undefined).map(Number);
  if (minutes >= 60 || seconds >= 60) return `${shown} has minutes or seconds of 60 or more`;
  if (m[3] !== undefined && !Number.isInteger(minutes))
    return `${shown} has seconds after minutes with a fraction`;
  const value = (degrees ?? 0) + minutes / 60 + seconds / 3600;
  return hemisphere === 'S' || hemisphere === 'W' || negative ? -value : value;
}

/**
 * A coordinate written in a cell: its value (not yet checked against the globe) and how it was
 * written, or the reason it cannot be read.
 */
export function readWrittenCoordinate(written: string, axis: Axis): WrittenCoordinate | string {
  if (DECIMAL.test(written)) return { value: Number(written) };
  const comma = DECIMAL_COMMA.exec(written);
  if (comma) return { value: Number(`${comma[1]}.${comma[2]}`), style: 'decimal-comma' };
  const dms = readDms(written, axis);
  if (typeof dms === 'number') return { value: dms, style: 'dms' };
  if (typeof dms === 'string') return dms;
  const shown = `${axis} "${clipForMessage(written)}" is not a number`;
  if (/\d[.,]\d+[.,]/.test(written)) return `${shown}: write it with one decimal point, as 33.5`;
  return shown;
}
