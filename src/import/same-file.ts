// Whether a file being added is one already added: the same size, and then the same
// last-modified time (both files picked from disk) or, failing that, the same bytes. Bytes are
// compared a chunk at a time, and only for files of one size, so a large file costs little.
const CHUNK_BYTES = 1 << 20;

const modified = (b: Blob) => (typeof File !== 'undefined' && b instanceof File ? b.lastModified : undefined);

const bytesOf = async (b: Blob, at: number) =>
  new Uint8Array(await b.slice(at, at + CHUNK_BYTES).arrayBuffer());

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when the two hold the same file: the same size, and the same time modified or bytes. */
export async function sameFile(a: Blob, b: Blob): Promise<boolean> {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const [ma, mb] = [modified(a), modified(b)];
  if (ma !== undefined && ma === mb) return true;
  for (let at = 0; at < a.size; at += CHUNK_BYTES)
    if (!equal(await bytesOf(a, at), await bytesOf(b, at))) return false;
  return true;
}
