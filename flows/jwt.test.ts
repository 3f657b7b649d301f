import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessTokenHash, decodeJwt, describeTime, tamperJwt, verifyIdToken, type Jwks, type JwtCheck } from './jwt';
import { JWT_CLAIMS } from './jwt-claims';

const ISSUER = 'https://login.salesforce.com';
const CLIENT_ID = '3MVG9Example';
const NOW = 1_700_000_000;
const ACCESS_TOKEN = '00D000000000001!AQ0AQexample';

let jwks: Jwks;
let token: string;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: '248', alg: 'RS256', use: 'sig' }] };
  token = await new SignJWT({ nonce: 'n-123', at_hash: await accessTokenHash(ACCESS_TOKEN) })
    .setProtectedHeader({ alg: 'RS256', kid: '248' })
    .setIssuer(ISSUER)
    .setSubject('https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA')
    .setAudience(CLIENT_ID)
    .setIssuedAt(NOW - 5)
    .setExpirationTime(NOW + 115)
    .sign(privateKey);
});

const expectations = { issuer: ISSUER, audience: CLIENT_ID, nonce: 'n-123', accessToken: ACCESS_TOKEN, now: NOW };

function failed(checks: JwtCheck[]): string[] {
  return checks.filter((c) => !c.ok).map((c) => c.id);
}

describe('verifyIdToken', () => {
  it('passes every check on a genuine token and explains each one', async () => {
    const checks = await verifyIdToken(token, jwks, expectations);
    expect(checks.map((c) => [c.id, c.ok])).toEqual([
      ['alg', true], ['kid', true], ['signature', true], ['iss', true], ['aud', true], ['exp', true], ['iat', true], ['nonce', true], ['at_hash', true],
    ]);
    expect(checks.find((c) => c.id === 'exp')?.detail).toBe('Expires 2023-11-14T22:15:15.000Z (in 2 minutes).');
    expect(checks.find((c) => c.id === 'iat')?.detail).toBe('Issued 2023-11-14T22:13:15.000Z (5 seconds ago).');
    expect(checks.filter((c) => c.kid !== undefined).map((c) => [c.id, c.kid])).toEqual([['kid', '248'], ['signature', '248']]);
  });

  it('fails the signature of a tampered token while its claims look fine', async () => {
    const tampered = tamperJwt(token, { sub: 'https://login.salesforce.com/id/00D000000000001AAA/005000000000002AAA' });
    expect(decodeJwt(tampered).payload.sub).toBe('https://login.salesforce.com/id/00D000000000001AAA/005000000000002AAA');
    expect(tampered.split('.')[2]).toBe(token.split('.')[2]);
    const checks = await verifyIdToken(tampered, jwks, expectations);
    expect(failed(checks)).toEqual(['signature']);
    expect(checks.find((c) => c.id === 'signature')?.detail).toBe('The signature does not verify with key 248: header or payload were changed after signing, or another key signed it.');
  });

  it('fails the nonce of a token answering another request', async () => {
    const checks = await verifyIdToken(token, jwks, { ...expectations, nonce: 'other' });
    expect(failed(checks)).toEqual(['nonce']);
  });

  it('fails the audience of a token issued to another app', async () => {
    const checks = await verifyIdToken(token, jwks, { ...expectations, audience: '3MVG9Other' });
    expect(failed(checks)).toEqual(['aud']);
    expect(checks.find((c) => c.id === 'aud')?.detail).toBe('aud is "3MVG9Example", not this app\'s consumer key 3MVG9Other: the token was issued to another client.');
  });

  it('fails exp after expiry, iss for another host and at_hash for another access token', async () => {
    const checks = await verifyIdToken(token, jwks, { ...expectations, issuer: 'https://test.salesforce.com', accessToken: 'other', now: NOW + 3600 });
    expect(failed(checks)).toEqual(['iss', 'exp', 'at_hash']);
  });

  it('cannot check the signature without the key named by kid', async () => {
    const checks = await verifyIdToken(token, { keys: [] }, expectations);
    expect(failed(checks)).toEqual(['kid', 'signature']);
    expect(checks.filter((c) => c.kid !== undefined).map((c) => [c.id, c.kid])).toEqual([['kid', '248']]);
  });

  it('reports a value that is not a JWT', async () => {
    expect(await verifyIdToken('not-a-jwt', jwks, expectations)).toEqual([
      { id: 'format', ok: false, detail: 'Not a JWT: A JWT has exactly three parts separated by dots.' },
    ]);
  });
});

describe('decodeJwt', () => {
  it('returns header, payload and the raw parts', () => {
    const decoded = decodeJwt(token);
    expect(decoded.header).toEqual({ alg: 'RS256', kid: '248' });
    expect(decoded.payload.aud).toBe(CLIENT_ID);
    expect(`${decoded.parts.header}.${decoded.parts.payload}.${decoded.parts.signature}`).toBe(token);
  });
});

describe('describeTime', () => {
  it('gives an ISO date and a relative time', () => {
    expect(describeTime(NOW, NOW)).toEqual({ iso: '2023-11-14T22:13:20.000Z', relative: 'now' });
    expect(describeTime(NOW + 7200, NOW)).toEqual({ iso: '2023-11-15T00:13:20.000Z', relative: 'in 2 hours' });
    expect(describeTime(NOW - 3 * 86400, NOW).relative).toBe('3 days ago');
  });
});

describe('accessTokenHash', () => {
  it('is base64url of the left half of SHA-256', async () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad
    expect(await accessTokenHash('abc')).toBe('ungWv48Bz-pBQUDeXa4iIw');
  });
});

describe('JWT_CLAIMS', () => {
  it('marks time claims and Salesforce-specific ones', () => {
    expect(['exp', 'iat', 'nbf', 'auth_time', 'updated_at'].every((c) => JWT_CLAIMS[c]?.time)).toBe(true);
    expect(JWT_CLAIMS.custom_attributes?.salesforce).toBe(true);
    expect(JWT_CLAIMS.aud?.spec.url).toBe('https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3');
  });
});
