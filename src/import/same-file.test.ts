import { describe, expect, it } from 'vitest';
import { sameFile } from './same-file';

const csv = 'date,lat,lon\n2025-05-14,33.1,35.8\n';

describe('sameFile', () => {
  it('is the same file when the bytes are, whatever the object', async () => {
    expect(await sameFile(new Blob([csv]), new Blob([csv]))).toBe(true);
    expect(await sameFile(new File([csv], 'a.csv'), new Blob([csv]))).toBe(true);
  });

  it('is not when the size or any byte differs, the last one too', async () => {
    expect(await sameFile(new Blob([csv]), new Blob([`${csv}\n`]))).toBe(false);
    expect(await sameFile(new Blob([csv]), new Blob([csv.replace(/8\n$/, '9\n')]))).toBe(false);
  });

  it('takes an equal last-modified time of files of one size for the same file, unread', async () => {
    const a = new File([csv], 'a.csv', { lastModified: 1_747_180_800_000 });
    const b = new File([csv.replace('33.1', '33.2')], 'a.csv', { lastModified: 1_747_180_800_000 });
    expect(await sameFile(a, b)).toBe(true);
  });

  it('compares files of several chunks to the end', async () => {
    const big = new Uint8Array(3 * (1 << 20) + 5).fill(7);
    const other = big.slice();
    other[other.length - 1] = 8;
    expect(await sameFile(new Blob([big]), new Blob([big.slice()]))).toBe(true);
    expect(await sameFile(new Blob([big]), new Blob([other]))).toBe(false);
  });
});
