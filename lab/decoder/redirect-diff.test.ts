import { describe, expect, test } from 'vitest';
import { charDiff } from './char-diff';
import { compareRedirectUris, redirectDifferences } from './redirect-diff';

const REGISTERED = 'http://localhost:3000/callback';

describe('redirectDifferences', () => {
  test.each([
    [REGISTERED, []],
    ['http://LOCALHOST:3000/callback', ['case']],
    ['HTTP://localhost:3000/callback', ['case']],
    ['https://localhost:3000/callback', ['scheme']],
    ['https://localhost/callback', ['scheme', 'port']],
    ['http://localhost/callback', ['port']],
    ['http://[::1]:3000/callback', ['loopback']],
    ['http://example.com:3000/callback', ['host']],
    ['http://localhost:3000/callback//', ['trailing-slash']],
    ['http://localhost:3000/CALLBACK/', ['case', 'trailing-slash']],
    ['http://localhost:3000/call%62ack', ['encoding']],
    [encodeURIComponent(REGISTERED), ['encoding']],
    [encodeURIComponent(encodeURIComponent(REGISTERED)), ['encoding']],
    ['not a url', ['path']],
  ])('%s', (sent, expected) => {
    expect(redirectDifferences(sent, REGISTERED)).toEqual(expected);
  });

  test('a default port written out is the same port for Salesforce? No: the strings differ, and the port is named', () => {
    expect(redirectDifferences('https://app.example.com:443/cb', 'https://app.example.com/cb')).toEqual([]);
    expect(compareRedirectUris('https://app.example.com:443/cb', ['https://app.example.com/cb'])[0]?.runs).toEqual([
      { op: 'same', text: 'https://app.example.com' },
      { op: 'sent', text: ':443' },
      { op: 'same', text: '/cb' },
    ]);
  });
});

describe('compareRedirectUris', () => {
  test('closest first', () => {
    const comparisons = compareRedirectUris(`${REGISTERED}/`, ['https://prod.example.com/oauth/callback', REGISTERED]);
    expect(comparisons.map((c) => [c.registered, c.differences])).toEqual([
      [REGISTERED, ['trailing-slash']],
      ['https://prod.example.com/oauth/callback', ['scheme', 'host', 'port', 'path']],
    ]);
  });
});

describe('charDiff', () => {
  test('runs cover both strings exactly', () => {
    const runs = charDiff('http://127.0.0.1:3000/cb', REGISTERED);
    expect(runs.filter((r) => r.op !== 'registered').map((r) => r.text).join('')).toBe('http://127.0.0.1:3000/cb');
    expect(runs.filter((r) => r.op !== 'sent').map((r) => r.text).join('')).toBe(REGISTERED);
  });

  test('empty and identical strings', () => {
    expect(charDiff('', '')).toEqual([]);
    expect(charDiff('a', 'a')).toEqual([{ op: 'same', text: 'a' }]);
    expect(charDiff('', 'ab')).toEqual([{ op: 'registered', text: 'ab' }]);
  });
});
