import { describe, expect, it } from 'vitest';
import { escapeBareAmpersands } from './kml-repair';

describe('escapeBareAmpersands', () => {
  it('escapes each "&" that starts no reference, and counts them', () => {
    expect(escapeBareAmpersands('<name>Tom & Jerry &amp; A&B &#160; &#xA0; &lt;</name>')).toEqual({
      text: '<name>Tom &amp; Jerry &amp; A&amp;B &#160; &#xA0; &lt;</name>',
      count: 2,
    });
    expect(escapeBareAmpersands('<a href="?x=1&y=2">5 &6 & ;</a>&')).toEqual({
      text: '<a href="?x=1&amp;y=2">5 &amp;6 &amp; ;</a>&amp;',
      count: 4,
    });
  });

  it('leaves CDATA and comments, where an "&" is text already, and a file with none as it was', () => {
    const kept = '<d><![CDATA[a & b]]></d><!-- x & y --><e>&nbsp;</e>';
    expect(escapeBareAmpersands(kept)).toEqual({ text: kept, count: 0 });
    expect(escapeBareAmpersands('<d><![CDATA[a & b]]> & <!-- cut & short')).toEqual({
      text: '<d><![CDATA[a & b]]> &amp; <!-- cut & short',
      count: 1,
    });
  });
});
