import { describe, expect, it } from 'vitest';
import { alreadyAdded } from './add-file';

/** A file of the right size whose bytes cannot be read (changed or removed on disk since it was picked). */
function unreadable(size: number): Blob {
  const blob = new Blob([new Uint8Array(size)]);
  blob.slice = () => {
    const part = new Blob(['x']);
    part.arrayBuffer = () => Promise.reject(new DOMException('the file changed', 'NotReadableError'));
    return part;
  };
  return blob;
}

describe('a file added again', () => {
  it('is found among those added by its bytes', async () => {
    const added = [new Blob(['date,lon\n']), new Blob(['date,lat\n'])];
    expect(await alreadyAdded(new Blob(['date,lat\n']), added)).toBe(true);
    expect(await alreadyAdded(new Blob(['date,day\n']), added)).toBe(false);
  });

  it('is not taken for one it cannot be compared with, and nothing throws', async () => {
    expect(await alreadyAdded(unreadable(9), [new Blob(['date,lat\n'])])).toBe(false);
  });
});
