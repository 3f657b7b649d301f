import { describe, expect, test } from 'vitest';
import { newAccessToken, newAuthorizationCode, newRefreshToken, toId18 } from './ids';

describe('toId18', () => {
  test('adds the case-checksum suffix of each 5-character chunk', () => {
    expect(toId18('00D000000000001')).toBe('00D000000000001EAA');
    expect(toId18('0015000000Vv6Bq')).toBe('0015000000Vv6BqAAJ');
    expect(toId18('00D5g000004ACME')).toBe('00D5g000004ACMEEA4');
    expect(toId18('AAAAAAAAAAAAAAA')).toBe('AAAAAAAAAAAAAAA555');
  });
});

describe('token shapes', () => {
  test('codes start aPrx and end in ==, access tokens carry the 15-character org id, refresh tokens start 5Aep861', () => {
    expect(newAuthorizationCode()).toMatch(/^aPrx[A-Za-z0-9+/]{42}==$/);
    expect(newAccessToken('00D5g000004ACME')).toMatch(/^00D5g000004ACME!AQ0AQ[A-Za-z0-9._]{100}$/);
    expect(newRefreshToken()).toMatch(/^5Aep861[A-Za-z0-9._]{80}$/);
  });
});
