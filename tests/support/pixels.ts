// Reading a screenshot's pixels, for checks a human would make by looking.
import { PNG } from 'pngjs';

export type Image = { width: number; height: number; data: Buffer };

export const decode = (png: Buffer): Image => PNG.sync.read(png);

/** Average colour of the (2r+1)² pixels around (x, y). */
export function sample(img: Image, x: number, y: number, r = 2): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      const i = ((Math.round(y) + dy) * img.width + Math.round(x) + dx) * 4;
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] as number) + (img.data[i + c] ?? 0);
      n++;
    }
  }
  return sum.map((s) => s / n) as [number, number, number];
}

/** How many different colours the image has (quantized to 5 bits a channel). */
export function colourCount(img: Image): number {
  const seen = new Set<number>();
  for (let i = 0; i < img.data.length; i += 4) {
    seen.add(
      (((img.data[i] ?? 0) >> 3) << 10) |
        (((img.data[i + 1] ?? 0) >> 3) << 5) |
        ((img.data[i + 2] ?? 0) >> 3),
    );
  }
  return seen.size;
}
