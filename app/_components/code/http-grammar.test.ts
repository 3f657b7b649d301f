import { beforeAll, describe, expect, it } from 'vitest';
import type { HighlighterCore } from 'shiki/core';
import { createCodeHighlighter, createShikiHighlighter, type CodeHighlighter } from './highlighter';
import { HTTP_LANG } from './http-grammar';

const REQUEST = [
  'POST /services/oauth2/token?debug=1&x HTTP/1.1',
  'Host: login.salesforce.com',
  'Content-Type: application/x-www-form-urlencoded',
  '',
  'grant_type=authorization_code&code=aPrx%3D%3D&redirect_uri=http%3A%2F%2Flocalhost',
].join('\r\n');

const RESPONSE = [
  'HTTP/1.1 401 Unauthorized',
  'Content-Type: application/json;charset=UTF-8',
  'WWW-Authenticate: Token',
  '',
  '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID","n":1}]',
].join('\r\n');

let shiki: HighlighterCore;
let highlighter: CodeHighlighter;

beforeAll(async () => {
  shiki = await createShikiHighlighter();
  highlighter = await createCodeHighlighter();
});

/** Each token of an HTTP message with its innermost scope. */
function scopes(code: string): Array<[text: string, scope: string]> {
  return shiki
    .codeToTokensBase(code, { lang: HTTP_LANG, theme: 'github-light', includeExplanation: 'scopeName' })
    .flat()
    .flatMap((token) => token.explanation ?? [])
    .map((part) => [part.content, part.scopes.at(-1)?.scopeName ?? ''] as [string, string])
    .filter(([text]) => text.trim() !== '');
}

const scopeOf = (code: string, text: string) => scopes(code).find(([t]) => t === text)?.[1];

describe('the HTTP/1.1 grammar', () => {
  it('reads the request line: method, target, query parameters, version', () => {
    expect(scopeOf(REQUEST, 'POST')).toBe('keyword.control.method.http');
    expect(scopeOf(REQUEST, '/services/oauth2/token')).toBe('string.unquoted.request-target.http');
    expect(scopeOf(REQUEST, 'debug')).toBe('support.type.property-name.parameter.http');
    expect(scopeOf(REQUEST, 'x')).toBe('support.type.property-name.parameter.http');
    expect(scopeOf(REQUEST, 'HTTP/1.1')).toBe('constant.language.http-version.http');
  });

  it('reads the status line: version, code, reason phrase', () => {
    expect(scopeOf(RESPONSE, 'HTTP/1.1')).toBe('constant.language.http-version.http');
    expect(scopeOf(RESPONSE, '401')).toBe('constant.numeric.status-code.http');
    expect(scopeOf(RESPONSE, 'Unauthorized')).toBe('string.unquoted.reason-phrase.http');
  });

  it('reads header names and values', () => {
    expect(scopeOf(REQUEST, 'Host')).toBe('entity.name.tag.header-name.http');
    expect(scopeOf(REQUEST, 'login.salesforce.com')).toBe('string.unquoted.header-value.http');
    expect(scopeOf(RESPONSE, 'WWW-Authenticate')).toBe('entity.name.tag.header-name.http');
    expect(scopeOf(RESPONSE, 'application/json;charset=UTF-8')).toBe('string.unquoted.header-value.http');
  });

  it('reads a form-encoded body as names and values', () => {
    expect(scopeOf(REQUEST, 'grant_type')).toBe('support.type.property-name.parameter.http');
    expect(scopeOf(REQUEST, 'authorization_code')).toBe('string.unquoted.parameter-value.http');
    expect(scopeOf(REQUEST, 'redirect_uri')).toBe('support.type.property-name.parameter.http');
    expect(scopeOf(REQUEST, 'http%3A%2F%2Flocalhost')).toBe('string.unquoted.parameter-value.http');
  });

  it('reads a JSON body with the json grammar', () => {
    const all = scopes(RESPONSE);
    expect(all.find(([t]) => t === 'errorCode')?.[1]).toBe('support.type.property-name.json');
    expect(all.find(([t]) => t === 'INVALID_SESSION_ID')?.[1]).toBe('string.quoted.double.json');
    expect(all.find(([t]) => t === '1')?.[1]).toBe('constant.numeric.json');
    // A body line that looks like a header is not read as one once the body has begun.
    expect(scopeOf('HTTP/1.1 200 OK\r\n\r\n{\n"a": "Host: x"\n}', 'Host: x')).toBe('string.quoted.double.json');
  });

  it('leaves any other body plain', () => {
    const html = 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hello: world</p>';
    expect(scopeOf(html, '<p>Hello: world</p>')).toBe('source.http-message');
  });
});

describe('the code highlighter', () => {
  it('keeps every character, CRLF included, and colours tokens for both themes', () => {
    for (const code of [REQUEST, RESPONSE, '{\n  "a": [1, true, null]\n}', 'HTTP/1.1 204 No Content\r\n\r\n']) {
      const segments = highlighter.highlight(code, code.startsWith('{') ? 'json' : 'http');
      expect(segments.map((s) => s.text).join('')).toBe(code);
    }
    const method = highlighter.highlight(REQUEST, 'http').find((s) => s.text === 'POST');
    expect(method?.style).toEqual({ color: '#D73A49', '--shiki-dark': '#F97583' });
  });

  it('replaces theme colours that fail contrast on the block backgrounds', () => {
    const comment = highlighter.highlight('# comment\necho $HOME', 'shell').find((s) => s.text === '# comment');
    expect(comment?.style?.['--shiki-dark']).toBe('#959da5');
  });

  it('returns text, never markup, for whatever a response holds', () => {
    const code = 'HTTP/1.1 200 OK\r\n\r\n<img src=x onerror=alert(1)>';
    const segments = highlighter.highlight(code, 'http');
    expect(segments.map((s) => s.text).join('')).toBe(code);
    for (const s of segments) expect(Object.keys(s.style ?? {}).every((k) => /^(color|fontStyle|fontWeight|textDecoration|--shiki-dark.*)$/.test(k))).toBe(true);
  });
});
