/** Failure paths the mock org never takes on its own: the client's checks on what came back. */
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { WireResponse } from '../http';
import { deriveChallenge } from '../pkce';
import { salesforceSignature } from '../signature';
import type { WebServerState } from './state';
import { exchangeCode, verifyIdTokenStep, verifySignature } from './token-steps';

const ID = 'https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

const base: WebServerState = {
  inputs: { loginHost: 'https://login.salesforce.com', clientId: '3MVG9x', clientSecret: 's3cr3t', redirectUri: 'http://localhost:3000/callback', scope: 'api', apiVersion: '62.0' },
  code: 'aPrx1',
};

const tokenResponse: WireResponse = {
  status: 200,
  statusText: 'OK',
  headers: [['Content-Type', 'application/json;charset=UTF-8']],
  body: JSON.stringify({ access_token: '00D000000000001!AQ', instance_url: 'https://acme.my.salesforce.com', id: ID, issued_at: '1700000000000', signature: 'X9oLNrbZCCcoc1FfapYV7L0ZYjmmhkJv3Dknu54H9cs=', token_type: 'Bearer' }),
};

describe('exchange-code', () => {
  const step = exchangeCode({ pkce: true, confidential: false });

  it('flags a server that accepts a verifier not matching the challenge', async () => {
    const pkce = await deriveChallenge(VERIFIER);
    const state = { ...base, pkce, sentChallenge: 'some-other-challenge' };
    const sent = step.request(state);
    const outcome = await step.process(tokenResponse, state, { sent, url: sent.url, now: 1_700_000_000_000 });
    expect(outcome).toEqual({
      ok: false,
      error: {
        kind: 'validation',
        stepId: 'exchange-code',
        code: 'pkce_mismatch',
        message: 'The code_verifier sent does not hash to the code_challenge sent to /authorize (some-other-challenge). Salesforce accepted it anyway: PKCE is not protecting this code.',
      },
    });
  });

  it('names the first missing field of a token response', async () => {
    const pkce = await deriveChallenge(VERIFIER);
    const state = { ...base, pkce, sentChallenge: pkce.challenge };
    const sent = step.request(state);
    const outcome = await step.process({ ...tokenResponse, body: '{"access_token":"x","id":"y"}' }, state, { sent, url: sent.url, now: 0 });
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'validation', stepId: 'exchange-code', code: 'missing_field', message: 'The token response has no instance_url.', field: 'instance_url' },
    });
  });
});

describe('exchange-code notes', () => {
  const step = exchangeCode({ pkce: false, confidential: true });

  it('give issued_at as a date, and say so when it is not milliseconds', async () => {
    const sent = step.request(base);
    const ok = await step.process(tokenResponse, base, { sent, url: sent.url, now: 1_700_000_005_000 });
    expect(ok.ok && ok.notes?.at(-1)).toBe('issued_at 1700000000000: milliseconds since the epoch, 2023-11-14T22:13:20.000Z (5 seconds ago).');
    const odd = { ...tokenResponse, body: JSON.stringify({ ...JSON.parse(tokenResponse.body), issued_at: 'yesterday' }) };
    const outcome = await step.process(odd, base, { sent, url: sent.url, now: 0 });
    expect(outcome.ok && outcome.notes?.at(-1)).toBe('issued_at yesterday: not a number of milliseconds, so the client cannot tell when the token was issued.');
  });
});

describe('verify-signature', () => {
  const tokens = { accessToken: 'a', instanceUrl: 'https://acme.my.salesforce.com', id: ID, issuedAt: '1700000000000' };

  it('accepts the signature made with the consumer secret', async () => {
    const signature = await salesforceSignature('s3cr3t', ID, '1700000000000');
    const outcome = await verifySignature.run({ ...base, tokens: { ...tokens, signature } }, { now: 0 });
    expect(outcome.ok && outcome.state.signatureCheck).toEqual({ ok: true, message: `${ID}1700000000000`, expected: signature, received: signature });
  });

  it('rejects an issued_at changed after signing', async () => {
    const signature = await salesforceSignature('s3cr3t', ID, '1700000000000');
    const outcome = await verifySignature.run({ ...base, tokens: { ...tokens, issuedAt: '1700000000001', signature } }, { now: 0 });
    expect(outcome.ok === false && outcome.error).toEqual({
      kind: 'validation',
      stepId: 'verify-signature',
      code: 'signature_mismatch',
      message: 'The signature does not match: id or issued_at were altered, or the consumer secret is not this app\'s.',
      field: 'signature',
    });
  });
});

describe('verify-id-token', () => {
  it('fails with nonce_mismatch when the ID token answers another login, listing every check', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: '248' }] };
    const idToken = await new SignJWT({ nonce: 'from-another-login' })
      .setProtectedHeader({ alg: 'RS256', kid: '248' })
      .setIssuer('https://login.salesforce.com')
      .setAudience('3MVG9x')
      .setIssuedAt(1_700_000_000)
      .setExpirationTime(1_700_000_120)
      .sign(privateKey);
    const state: WebServerState = {
      ...base,
      authorization: { url: 'https://login.salesforce.com/services/oauth2/authorize', state: 's', nonce: 'n-sent' },
      tokens: { accessToken: 'a', instanceUrl: 'https://acme.my.salesforce.com', id: ID, issuedAt: '1700000000000', idToken },
    };
    const sent = verifyIdTokenStep.request(state);
    const response: WireResponse = { status: 200, statusText: 'OK', headers: [], body: JSON.stringify(jwks) };
    const outcome = await verifyIdTokenStep.process(response, state, { sent, url: sent.url, now: 1_700_000_010_000 });
    expect(outcome.ok === false && outcome.error).toEqual({
      kind: 'validation',
      stepId: 'verify-id-token',
      code: 'nonce_mismatch',
      message: 'nonce is "from-another-login", but n-sent was sent: the token may be replayed from another login.',
      field: 'nonce',
    });
    expect(outcome.ok === false && outcome.notes?.map((n) => n.split(':')[0])).toEqual([
      'ok alg', 'ok kid', 'ok signature', 'ok iss', 'ok aud', 'ok exp', 'ok iat', 'FAILED nonce', 'ok at_hash',
    ]);
  });
});
