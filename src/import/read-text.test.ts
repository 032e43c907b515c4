import { describe, expect, it } from 'vitest';
import { notUtf8At, readAllUtf8, readUtf8 } from './read-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const file = (...parts: BlobPart[]) => new Blob(parts);

/** The chunks readUtf8 hands on, read `chunkBytes` at a time. */
async function chunks(blob: Blob, chunkBytes: number) {
  const texts: string[] = [];
  const fatal = await readUtf8(
    blob,
    (t) => {
      texts.push(t);
      return true;
    },
    chunkBytes,
  );
  return { texts, fatal };
}

describe('readUtf8', () => {
  const text = 'place,note\nשלום,Ünïcödé € 😀\nدمشق,"a, b"\n';

  it('hands on every character whole, however the chunks cut the bytes', async () => {
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const { texts, fatal } = await chunks(file(utf8(text)), size);
      expect(fatal).toBeNull();
      expect(texts.join('')).toBe(text);
      expect(texts.join('')).not.toContain('\uFFFD');
    }
  });

  it('drops a byte-order mark, and tells how many bytes it has read', async () => {
    const read: number[] = [];
    const texts: string[] = [];
    const take = (t: string, bytes: number) => {
      texts.push(t);
      read.push(bytes);
      return true;
    };
    await readUtf8(file(utf8(`\uFEFF${text}`)), take, 16);
    expect(texts.join('')).toBe(text);
    expect(read.at(-1)).toBe(utf8(text).length + 3);
  });

  it('stops when asked', async () => {
    let calls = 0;
    expect(await readUtf8(file(utf8('a\n'.repeat(100))), () => ++calls < 3, 10)).toBeNull();
    expect(calls).toBe(3);
  });

  it('stops at a Windows-1252 byte after the first 64 KB, naming its line', async () => {
    const lines = 'lat,lon,date,place\n'.concat('33.1,35.8,2025-05-14,Quneitra\n'.repeat(3000));
    expect(lines.length).toBeGreaterThan(64 * 1024);
    const bytes = file(utf8(lines), cp1252('33.1,35.8,2025-05-14,Caf\xe9\n'));
    for (const size of [1 << 20, 4096, 100]) {
      expect(await chunks(bytes, size)).toMatchObject({ fatal: { fatal: notUtf8At(3002) } });
    }
    expect(notUtf8At(3002)).toMatch(/^line 3002 is not UTF-8 text .*save the file as UTF-8/);
  });

  it('finds the byte whichever side of a chunk boundary it is on', async () => {
    // "é" then a stray byte: the character is whole, the byte after it is not UTF-8.
    const bad = [utf8('a\nb\n'), utf8('é'), new Uint8Array([0xe9]), utf8('\nc\n')];
    for (const size of [1, 2, 3, 4, 5, 6, 7, 8]) {
      expect((await chunks(file(...bad), size)).fatal).toEqual({ fatal: notUtf8At(3) });
    }
    // A character begun and cut off by a line break; and one the file ends in.
    for (const size of [1, 3, 5, 1 << 20]) {
      expect(
        (await chunks(file(utf8('x\n'), new Uint8Array([0xe2, 0x82]), utf8('\ny')), size)).fatal,
      ).toEqual({
        fatal: notUtf8At(2),
      });
      expect((await chunks(file(utf8('x\ny\n'), new Uint8Array([0xf0, 0x9f])), size)).fatal).toEqual({
        fatal: notUtf8At(3),
      });
    }
  });

  it('counts lines that end in CR LF, or in CR alone', async () => {
    for (const newline of ['\r\n', '\r']) {
      const bytes = file(utf8(`a${newline}b${newline}`), cp1252('\xe9'));
      expect((await chunks(bytes, 3)).fatal).toEqual({ fatal: notUtf8At(3) });
    }
  });
});

describe('readAllUtf8', () => {
  it('gives the whole text, or the reason it is not UTF-8', async () => {
    expect(await readAllUtf8(file(utf8('{"a":"ü"}')))).toBe('{"a":"ü"}');
    expect(await readAllUtf8(file(utf8('{"a":\n"'), cp1252('\xfc"}')))).toEqual({ fatal: notUtf8At(2) });
    expect(await readAllUtf8(file())).toBe('');
  });
});
