import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

const para = (n: number): string =>
  `<p>Paragraph ${n} of the story: the harbour authority said the cranes would be repaired within a month and that ships could use the southern berths until then, a plan the fishing fleet called too slow.</p>`;

describe('embedded social posts', () => {
  it('keeps a quoted post whose wrapper has a social class', () => {
    const html = `<html><body><article>${para(1)}${para(2)}<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The pier is gone, says a fisherman who watched it float away</p></blockquote></div>${para(3)}${para(4)}</article></body></html>`;
    const a = extractArticle({ source: 'p.html', body: html });
    expect(a.text).toContain('The pier is gone, says a fisherman');
    expect(a.text).toContain('Paragraph 4');
  });
  it('still drops a social share bar without a quoted post', () => {
    const html = `<html><body><article>${para(1)}<div class="social-share"><a href="#">Share on Facebook</a></div>${para(2)}${para(3)}</article></body></html>`;
    expect(extractArticle({ source: 'p.html', body: html }).text).not.toContain('Facebook');
  });
});
