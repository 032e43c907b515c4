import { describe, expect, it } from 'vitest';
import { descriptionText } from './kml-text';

describe('descriptionText', () => {
  it.each([
    ['Plain text, no markup', 'Plain text, no markup'],
    ['  spaced\n\n  out  ', 'spaced\nout'],
    [
      '<table><tr><td>Source</td><td>UNDOF</td></tr><tr><td>Type</td><td>Patrol</td></tr></table>',
      'SourceUNDOF\nTypePatrol',
    ],
    ['<ul><li>one<li>two</ul>', 'one\ntwo'],
    ['a < b &amp; c &gt; d', 'a < b & c > d'],
    ['Caf&eacute; &#x41;&#66;&nbsp;x', 'Café AB x'],
    ['<script>alert(1)</script><style>p{}</style>shown', 'shown'],
    ['<img src=x onerror=alert(1)><a href="javascript:alert(2)">link</a>', 'link'],
    ['<p>unclosed <b>bold', 'unclosed bold'],
  ])('reads %j as %j', (html, text) => {
    expect(descriptionText(html)).toBe(text);
  });

  it('starts each description afresh: an unclosed script or tag in one hides nothing of the next', () => {
    expect(descriptionText('<script>never closed')).toBe('');
    expect(descriptionText('<p>after it &amp; fine')).toBe('after it & fine');
    expect(descriptionText('<b>open <i>tags')).toBe('open tags');
    expect(descriptionText('<p>one</p>two')).toBe('one\ntwo');
  });
});
