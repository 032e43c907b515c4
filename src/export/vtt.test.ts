import { describe, expect, it } from 'vitest';
import { escapeCueText, toVtt, vttTime } from './vtt';

describe('vttTime', () => {
  it('writes hh:mm:ss.ttt', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(1 / 30)).toBe('00:00:00.033');
    expect(vttTime(3723.5)).toBe('01:02:03.500');
    expect(vttTime(-1)).toBe('00:00:00.000');
  });
});

describe('escapeCueText', () => {
  it('keeps data as text: no tags, entities or timing arrows get through', () => {
    expect(escapeCueText('A & B <b>bold</b> <c.x>x</c>')).toBe(
      'A &amp; B &lt;b&gt;bold&lt;/b&gt; &lt;c.x&gt;x&lt;/c&gt;',
    );
    expect(escapeCueText('00:00:01.000 --> 00:00:09.000')).not.toContain('-->');
    expect(escapeCueText('&amp;')).toBe('&amp;amp;');
  });

  it('cannot end the cue or start another: line breaks and control characters become spaces', () => {
    expect(escapeCueText('one\n\ntwo\r\nthree\u2028four\u0000five\tsix')).toBe('one two three four five six');
  });

  it('keeps other scripts as they are', () => {
    expect(escapeCueText('السويداء · קצרין')).toBe('السويداء · קצרין');
  });
});

describe('toVtt', () => {
  it('writes a WEBVTT file of numbered cues in time order', () => {
    const text = toVtt([
      { start: 2, end: 4, text: 'second' },
      { start: 0, end: 2, text: 'first <i>' },
    ]);
    expect(text).toBe(
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nfirst &lt;i&gt;\n\n2\n00:00:02.000 --> 00:00:04.000\nsecond\n',
    );
  });

  it('leaves each cue one block, whatever its text', () => {
    const hostile = 'x\n\n99\n00:00:00.000 --> 00:09:00.000\n<script>alert(1)</script>';
    const blocks = toVtt([{ start: 0, end: 1, text: hostile }])
      .trim()
      .split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[1]?.split('\n')).toHaveLength(3);
    expect(blocks[1]?.match(/-->/g)).toHaveLength(1);
  });

  it('gives an empty cue a mark and a cue of no length a millisecond', () => {
    expect(toVtt([{ start: 1, end: 1, text: '\n' }])).toContain('00:00:01.000 --> 00:00:01.001\n…');
  });
});
