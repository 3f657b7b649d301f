import { describe, expect, it } from 'vitest';
import { HttpParseError, parseHttp11Request, requestToHttp11, responseToHttp11, type WireRequest } from './http';

const POST: WireRequest = {
  method: 'POST',
  url: 'https://login.salesforce.com/services/oauth2/token?format=json',
  headers: [
    ['Content-Type', 'application/x-www-form-urlencoded'],
    ['Accept', 'application/json'],
  ],
  body: 'grant_type=authorization_code&code=aPrx%3D%3D',
};

describe('HTTP/1.1 text', () => {
  it('renders a request with origin-form target and Host first', () => {
    expect(requestToHttp11(POST)).toBe(
      'POST /services/oauth2/token?format=json HTTP/1.1\r\nHost: login.salesforce.com\r\n' +
        'Content-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n\r\n' +
        'grant_type=authorization_code&code=aPrx%3D%3D',
    );
  });

  it('parses what it renders back into the same request', () => {
    expect(parseHttp11Request(requestToHttp11(POST))).toEqual(POST);
    const get: WireRequest = { method: 'GET', url: 'https://acme.my.salesforce.com/id/keys', headers: [['Accept', 'application/json']] };
    expect(parseHttp11Request(requestToHttp11(get))).toEqual(get);
  });

  it('accepts bare newlines as typed in a text area', () => {
    const parsed = parseHttp11Request('GET /services/data/ HTTP/1.1\nHost: acme.my.salesforce.com\n\n', 'http');
    expect(parsed).toEqual({ method: 'GET', url: 'http://acme.my.salesforce.com/services/data/', headers: [], body: undefined });
  });

  it('refuses text without a request line or Host', () => {
    expect(() => parseHttp11Request('hello')).toThrow(HttpParseError);
    expect(() => parseHttp11Request('GET / HTTP/1.1\r\nAccept: */*\r\n\r\n')).toThrow('The Host header is missing.');
  });

  it('renders a response', () => {
    const text = responseToHttp11({ status: 302, statusText: 'Found', headers: [['Location', 'http://localhost:3000/callback?code=x']], body: '' });
    expect(text).toBe('HTTP/1.1 302 Found\r\nLocation: http://localhost:3000/callback?code=x\r\n\r\n');
  });
});
