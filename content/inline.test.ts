import { describe, expect, it } from 'vitest';
import { inlineToPlainText, parseInline } from './inline';

describe('parseInline', () => {
  it('returns plain text as a single text node', () => {
    expect(parseInline('The code is single use.')).toEqual([{ type: 'text', text: 'The code is single use.' }]);
  });

  it('returns nothing for an empty string', () => {
    expect(parseInline('')).toEqual([]);
  });

  it('splits code spans out of the text', () => {
    expect(parseInline('Send `grant_type=authorization_code` and `code`.')).toEqual([
      { type: 'text', text: 'Send ' },
      { type: 'code', text: 'grant_type=authorization_code' },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'code' },
      { type: 'text', text: '.' },
    ]);
  });

  it('parses https links', () => {
    expect(parseInline('See [RFC 7636](https://www.rfc-editor.org/rfc/rfc7636#section-4.2) for S256')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', text: 'RFC 7636', href: 'https://www.rfc-editor.org/rfc/rfc7636#section-4.2' },
      { type: 'text', text: ' for S256' },
    ]);
  });

  it('parses markup at both ends without empty text nodes', () => {
    expect(parseInline('`a`[b](https://example.com/b)')).toEqual([
      { type: 'code', text: 'a' },
      { type: 'link', text: 'b', href: 'https://example.com/b' },
    ]);
  });

  it('leaves links to anything but https as text', () => {
    const unsafe = ['[x](javascript:alert(1))', '[x](http://example.com)', '[x](data:text/html,hi)'];
    for (const text of unsafe) expect(parseInline(text)).toEqual([{ type: 'text', text }]);
  });

  it('leaves an unclosed backtick and an empty code span as text', () => {
    expect(parseInline('a ` b')).toEqual([{ type: 'text', text: 'a ` b' }]);
    expect(parseInline('a `` b')).toEqual([{ type: 'text', text: 'a `` b' }]);
  });

  it('keeps HTML as literal text', () => {
    expect(parseInline('<b>bold</b> `<i>`')).toEqual([
      { type: 'text', text: '<b>bold</b> ' },
      { type: 'code', text: '<i>' },
    ]);
  });
});

describe('inlineToPlainText', () => {
  it('drops the markup and keeps the words', () => {
    expect(inlineToPlainText('Use `S256`, see [RFC 7636](https://www.rfc-editor.org/rfc/rfc7636).')).toBe(
      'Use S256, see RFC 7636.',
    );
  });
});
