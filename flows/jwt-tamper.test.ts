import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt, type IdTokenExpectations, type Jwks } from './jwt';
import { parseClaimInput, suggestTamperedValue, tamperAndVerify } from './jwt-tamper';

const NOW = 1_700_000_000;
const SUB = 'https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA';
const expected: IdTokenExpectations = { issuer: 'https://login.salesforce.com', audience: '3MVG9Example', nonce: 'n-1', now: NOW };

let jwks: Jwks;
let token: string;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: '248', alg: 'RS256' }] };
  token = await new SignJWT({ nonce: 'n-1', email_verified: true })
    .setProtectedHeader({ alg: 'RS256', kid: '248' })
    .setIssuer(expected.issuer)
    .setSubject(SUB)
    .setAudience(expected.audience)
    .setIssuedAt(NOW - 5)
    .setExpirationTime(NOW + 300)
    .sign(privateKey);
});

describe('tamperAndVerify', () => {
  it('keeps header and signature, changes the claim, and only the signature check fails', async () => {
    const forged = `${SUB.slice(0, -1)}X`;
    const result = await tamperAndVerify(token, 'sub', forged, jwks, expected);
    expect(result).toMatchObject({ claim: 'sub', before: SUB, after: forged });
    expect(decodeJwt(result.token).payload.sub).toBe(forged);
    const [h, , s] = token.split('.');
    expect([result.token.split('.')[0], result.token.split('.')[2]]).toEqual([h, s]);
    expect(result.failed.map((c) => [c.id, c.kid])).toEqual([['signature', '248']]);
  });

  it('shows every check a forged exp trips: the signature, and exp itself when it is in the past', async () => {
    const result = await tamperAndVerify(token, 'exp', NOW - 10, jwks, expected);
    expect(result.failed.map((c) => c.id)).toEqual(['signature', 'exp']);
    expect(result.after).toBe(String(NOW - 10));
  });

  it('fails nothing when the value is the same: the signed bytes did not change', async () => {
    const result = await tamperAndVerify(token, 'nonce', 'n-1', jwks, expected);
    expect(result.failed).toEqual([]);
  });
});

describe('parseClaimInput', () => {
  it('keeps the JSON type of the claim', () => {
    expect(parseClaimInput(NOW, ' 1700003600 ')).toEqual({ ok: true, value: 1_700_003_600 });
    expect(parseClaimInput(NOW, 'soon')).toEqual({ ok: false, message: '"soon" is not a number.' });
    expect(parseClaimInput(NOW, '')).toEqual({ ok: false, message: '"" is not a number.' });
    expect(parseClaimInput('a', '42')).toEqual({ ok: true, value: '42' });
    expect(parseClaimInput(true, 'false')).toEqual({ ok: true, value: false });
    expect(parseClaimInput({ country: 'FR' }, '{"country":"US"}')).toEqual({ ok: true, value: { country: 'US' } });
    expect(parseClaimInput(['a'], '[oops')).toEqual({ ok: false, message: '"[oops" is not valid JSON.' });
  });
});

describe('suggestTamperedValue', () => {
  it('pushes a time an hour later, flips a boolean and changes the last character of a string', () => {
    expect(suggestTamperedValue(NOW)).toBe(String(NOW + 3600));
    expect(suggestTamperedValue(SUB)).toBe(`${SUB.slice(0, -1)}X`);
    expect(suggestTamperedValue('ABX')).toBe('ABY');
    expect(suggestTamperedValue(true)).toBe('false');
    expect(suggestTamperedValue({ a: 1 })).toBe('{"a":1}');
  });
});
