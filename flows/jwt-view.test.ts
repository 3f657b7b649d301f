import { base64url, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { JWT_HEADER_PARAMS } from './jwt-claims';
import { claimRows, claimSeconds, jwtParts } from './jwt-view';

const NOW = 1_700_000_000;
let token: string;

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('RS256');
  token = await new SignJWT({ nonce: 'n-1', updated_at: '2024-01-15T09:30:00Z', custom: { a: 1 } })
    .setProtectedHeader({ alg: 'RS256', kid: '248', typ: 'JWT' })
    .setSubject('https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA')
    .setAudience('3MVG9Example')
    .setIssuedAt(NOW - 60)
    .setExpirationTime(NOW + 300)
    .sign(privateKey);
});

describe('jwtParts', () => {
  it('splits the token into its three base64url parts and decodes each', () => {
    const parts = jwtParts(token);
    const [h, p, s] = token.split('.');
    expect(parts.header).toEqual({ encoded: h, json: { alg: 'RS256', kid: '248', typ: 'JWT' } });
    expect(parts.payload.encoded).toBe(p);
    expect(parts.payload.json.nonce).toBe('n-1');
    expect(parts.signature.encoded).toBe(s);
    expect(parts.signature.byteLength).toBe(256);
    expect(parts.signature.hex).toBe(Buffer.from(base64url.decode(s!)).toString('hex'));
    expect(parts.signingInput).toBe(`${h}.${p}`);
  });

  it('refuses what is not a JWT', () => {
    expect(() => jwtParts('a.b')).toThrow('exactly three parts');
  });
});

describe('claimRows', () => {
  it('gives every claim in order, with its meaning and, for times, a date relative to the clock given', () => {
    const rows = claimRows(jwtParts(token).payload.json, NOW);
    expect(rows.map((r) => r.name)).toEqual(['nonce', 'updated_at', 'custom', 'sub', 'aud', 'iat', 'exp']);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName.exp?.time).toEqual({ iso: '2023-11-14T22:18:20.000Z', relative: 'in 5 minutes' });
    expect(byName.iat?.time).toEqual({ iso: '2023-11-14T22:12:20.000Z', relative: '1 minute ago' });
    expect(byName.iat?.value).toBe(String(NOW - 60));
    expect(byName.updated_at?.time?.iso).toBe('2024-01-15T09:30:00.000Z');
    expect(byName.aud?.info?.name).toBe('Audience');
    expect(byName.aud?.info?.spec.url).toBe('https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3');
    expect(byName.sub?.time).toBeUndefined();
    expect(byName.custom).toEqual({ name: 'custom', value: '{"a":1}' });
  });

  it('explains header parameters from their own dictionary, and ignores inherited names', () => {
    const rows = claimRows({ alg: 'RS256', kid: '248', toString: 'x' }, NOW, JWT_HEADER_PARAMS);
    expect(rows.map((r) => [r.name, r.info?.name])).toEqual([['alg', 'Algorithm'], ['kid', 'Key ID'], ['toString', undefined]]);
  });
});

describe('claimSeconds', () => {
  it('reads NumericDate numbers and ISO 8601 strings, nothing else', () => {
    expect(claimSeconds(NOW)).toBe(NOW);
    expect(claimSeconds('2024-01-15T09:30:00Z')).toBe(1_705_311_000);
    expect(claimSeconds('1700000000')).toBeUndefined();
    expect(claimSeconds('2024-13-45T99:00:00Z')).toBeUndefined();
    expect(claimSeconds(null)).toBeUndefined();
  });
});
