import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { beforeEach, describe, expect, test } from 'vitest';
import { salesforceSignature } from '@/flows/signature';
import { accessTokenHash } from '../tokens/id-token';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import {
  ADA, authorizeCode, codeOf, expectOAuthError, HTTP_BASE, LOGIN, PKCE, redeem, RFC7636_CHALLENGE, RFC7636_VERIFIER,
  tokenRequest, tokensFor, WEB,
} from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const ADA_ID = `${LOGIN}/id/${DEMO.org.id}/${ADA.id15}AA5`;

describe('authorization_code success', () => {
  test('has exactly Salesforce\'s fields, in order, with its headers', async () => {
    const response = await org.handle(redeem(codeOf(await authorizeCode(org))));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(response.headers.get('cache-control')).toBe('no-cache,must-revalidate,max-age=0,no-store,private');
    expect(response.headers.get('expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body)).toEqual([
      'access_token', 'refresh_token', 'signature', 'scope', 'id_token', 'instance_url', 'id', 'token_type', 'issued_at',
    ]);
    expect(body.access_token).toMatch(/^00D5g000004ACME!/);
    expect(body.refresh_token).toMatch(/^5Aep861/);
    expect(body.scope).toBe('api refresh_token openid id profile email web');
    expect(body.instance_url).toBe('https://acme.my.salesforce.com');
    expect(body.id).toBe(ADA_ID);
    expect(body.token_type).toBe('Bearer');
    expect(body.issued_at).toMatch(/^\d{13}$/);
    expect(Number(body.issued_at)).toBeLessThanOrEqual(org.now());
  });

  test('on the My Domain the identity URL still names the login host', async () => {
    const myDomain = DEMO.hosts.myDomain;
    const body = await tokensFor(org, {}, myDomain);
    expect(body.instance_url).toBe(myDomain);
    expect(body.id).toBe(ADA_ID);
  });

  test('signature is base64(HMAC-SHA256(secret, id + issued_at)), the vector of reference 1.5 included', async () => {
    expect(
      await salesforceSignature('s3cr3t', 'https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA', '1700000000000'),
    ).toBe('X9oLNrbZCCcoc1FfapYV7L0ZYjmmhkJv3Dknu54H9cs=');
    const body = await tokensFor(org);
    expect(body.signature).toBe(await salesforceSignature(WEB.consumerSecret, ADA_ID, body.issued_at ?? ''));
  });

  test('id_token verifies against /id/keys with the claims of the grant', async () => {
    const body = await tokensFor(org, { nonce: 'n-0S6_WzA2Mj' });
    const jwks = await (await org.handle(new Request(`${LOGIN}/id/keys`))).json();
    const idToken = body.id_token ?? '';
    expect(decodeProtectedHeader(idToken)).toEqual({ alg: 'RS256', kid: '248', typ: 'JWT' });
    const { payload } = await jwtVerify(idToken, createLocalJWKSet(jwks), { issuer: LOGIN, audience: WEB.consumerKey, currentDate: new Date(org.now()) });
    expect(payload.sub).toBe(ADA_ID);
    expect(payload.nonce).toBe('n-0S6_WzA2Mj');
    expect(payload.at_hash).toBe(await accessTokenHash(body.access_token ?? ''));
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(120);
    expect([payload.name, payload.email, payload.email_verified]).toEqual(['Ada Lovelace', ADA.username, true]);
  });

  test('without refresh_token or openid scopes there is neither refresh_token nor id_token', async () => {
    const body = await tokensFor(org, { scope: 'api web' });
    expect(Object.keys(body)).toEqual(['access_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at']);
    expect(body.scope).toBe('api web');
  });

  test('over HTTP every URL uses the /mock base', async () => {
    const body = await tokensFor(org, {}, HTTP_BASE);
    expect(body.instance_url).toBe(HTTP_BASE);
    expect(body.id).toBe(`${HTTP_BASE}/id/${DEMO.org.id}/${ADA.id15}AA5`);
  });

  test('client_secret_basic works like client_secret_post', async () => {
    const code = codeOf(await authorizeCode(org));
    const basic = `Basic ${btoa(`${WEB.consumerKey}:${WEB.consumerSecret}`)}`;
    const fields = { grant_type: 'authorization_code', code, redirect_uri: DEMO.callbackUrl };
    expect((await org.handle(tokenRequest(fields, LOGIN, { Authorization: basic }))).status).toBe(200);
  });

  test('parameters in the query string of the POST are merged with the body', async () => {
    const code = codeOf(await authorizeCode(org));
    const query = new URLSearchParams({ grant_type: 'authorization_code', code });
    const request = new Request(`${LOGIN}/services/oauth2/token?${query}`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: WEB.consumerKey, client_secret: WEB.consumerSecret, redirect_uri: DEMO.callbackUrl }),
    });
    expect((await org.handle(request)).status).toBe(200);
  });

  test('a multipart body is accepted', async () => {
    const form = new FormData();
    const fields = { grant_type: 'authorization_code', code: codeOf(await authorizeCode(org)), client_id: WEB.consumerKey, client_secret: WEB.consumerSecret, redirect_uri: DEMO.callbackUrl };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    expect((await org.handle(new Request(`${LOGIN}/services/oauth2/token`, { method: 'POST', body: form }))).status).toBe(200);
  });

  test('format=urlencoded and Accept: application/xml change the encoding', async () => {
    const urlencoded = await org.handle(redeem(codeOf(await authorizeCode(org)), { format: 'urlencoded' }));
    expect(urlencoded.headers.get('content-type')).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(new URLSearchParams(await urlencoded.text()).get('token_type')).toBe('Bearer');
    const xml = await org.handle(tokenRequest({ grant_type: 'urn:example:unknown' }, LOGIN, { Accept: 'application/xml' }));
    expect(await xml.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><OAuth><error>unsupported_grant_type</error><error_description>grant type not supported</error_description></OAuth>',
    );
  });
});

describe('token endpoint errors', () => {
  test('grant_type missing, unknown or repeated', async () => {
    await expectOAuthError(await org.handle(tokenRequest({})), 'invalid_request', 'grant type is missing');
    await expectOAuthError(await org.handle(tokenRequest({ grant_type: 'authorisation_code' })), 'unsupported_grant_type', 'grant type not supported');
    const duplicated = new Request(`${LOGIN}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&grant_type=refresh_token',
    });
    await expectOAuthError(await org.handle(duplicated), 'invalid_request', 'duplicate parameter: grant_type');
  });

  test('GET is refused', async () => {
    await expectOAuthError(await org.handle(new Request(`${LOGIN}/services/oauth2/token`)), 'invalid_request', 'must use HTTP POST');
  });

  test('unknown client, and every app on the sandbox login host of a production org', async () => {
    const code = codeOf(await authorizeCode(org));
    await expectOAuthError(await org.handle(redeem(code, { client_id: '3MVG9unknown' })), 'invalid_client_id', 'client identifier invalid');
    await expectOAuthError(await org.handle(redeem(code, {}, DEMO.hosts.sandboxLogin)), 'invalid_client_id', 'client identifier invalid');
  });

  test('wrong secret, and missing secret when Require Secret is on', async () => {
    const code = codeOf(await authorizeCode(org));
    await expectOAuthError(await org.handle(redeem(code, { client_secret: 'nope' })), 'invalid_client', 'invalid client credentials');
    const withoutSecret = Object.fromEntries(new URLSearchParams(await redeem(code).text()));
    delete withoutSecret.client_secret;
    await expectOAuthError(await org.handle(tokenRequest(withoutSecret)), 'invalid_client', 'invalid client credentials');
    org.applyAdminPatch({ settings: { secretRequiredDescription: 'client secret required' } });
    await expectOAuthError(await org.handle(tokenRequest(withoutSecret)), 'invalid_client', 'client secret required');
  });

  test('codes are single use, and unknown codes are invalid', async () => {
    const code = codeOf(await authorizeCode(org));
    expect((await org.handle(redeem(code))).status).toBe(200);
    await expectOAuthError(await org.handle(redeem(code)), 'invalid_grant', 'invalid authorization code');
    await expectOAuthError(await org.handle(redeem('aPrxmadeup==')), 'invalid_grant', 'invalid authorization code');
  });

  test('codes expire after codeLifetimeSeconds on the org clock', async () => {
    const code = codeOf(await authorizeCode(org));
    org.advanceClock(900);
    await expectOAuthError(await org.handle(redeem(code)), 'invalid_grant', 'expired authorization code');
    const fresh = codeOf(await authorizeCode(org));
    org.advanceClock(899);
    expect((await org.handle(redeem(fresh))).status).toBe(200);
  });

  test('redirect_uri must equal the one sent to authorize', async () => {
    const code = codeOf(await authorizeCode(org));
    for (const redirectUri of [`${DEMO.callbackUrl}/`, 'http://localhost:3000/Callback']) {
      await expectOAuthError(await org.handle(redeem(code, { redirect_uri: redirectUri })), 'invalid_grant', 'redirect uri does not match configuration');
    }
  });
});

describe('PKCE', () => {
  const pkceRedeem = (code: string, verifier?: string) =>
    tokenRequest({
      grant_type: 'authorization_code', code, client_id: PKCE.consumerKey, redirect_uri: DEMO.callbackUrl,
      ...(verifier === undefined ? {} : { code_verifier: verifier }),
    });
  const pkceCode = async () =>
    codeOf(await authorizeCode(org, { client_id: PKCE.consumerKey, code_challenge: RFC7636_CHALLENGE, code_challenge_method: 'S256' }));

  test('the RFC 7636 appendix B pair redeems without a secret', async () => {
    const response = await org.handle(pkceRedeem(await pkceCode(), RFC7636_VERIFIER));
    expect(response.status).toBe(200);
  });

  test('a wrong or missing verifier is invalid_grant', async () => {
    const code = await pkceCode();
    await expectOAuthError(await org.handle(pkceRedeem(code, `${RFC7636_VERIFIER.slice(0, -1)}l`)), 'invalid_grant', 'invalid code verifier');
    await expectOAuthError(await org.handle(pkceRedeem(code)), 'invalid_grant', 'invalid code verifier');
    expect((await org.handle(pkceRedeem(code, RFC7636_VERIFIER))).status).toBe(200);
  });

  test('a challenge sent without a method is S256, as Salesforce reads it (jsforce and the sf CLI send none)', async () => {
    const code = codeOf(await authorizeCode(org, { client_id: PKCE.consumerKey, code_challenge: RFC7636_CHALLENGE }));
    expect((await org.handle(pkceRedeem(code, RFC7636_VERIFIER))).status).toBe(200);
  });

  test('with the RFC 7636 reading set on the org, a challenge without a method is plain', async () => {
    expect(org.applyAdminPatch({ settings: { pkceMethodWhenAbsent: 'plain' } }).ok).toBe(true);
    const hashed = codeOf(await authorizeCode(org, { client_id: PKCE.consumerKey, code_challenge: RFC7636_CHALLENGE }));
    await expectOAuthError(await org.handle(pkceRedeem(hashed, RFC7636_VERIFIER)), 'invalid_grant', 'invalid code verifier');
    const plain = codeOf(await authorizeCode(org, { client_id: PKCE.consumerKey, code_challenge: RFC7636_VERIFIER }));
    expect((await org.handle(pkceRedeem(plain, RFC7636_VERIFIER))).status).toBe(200);
  });

  test('the web app also checks a challenge it was sent', async () => {
    const code = codeOf(await authorizeCode(org, { code_challenge: RFC7636_CHALLENGE, code_challenge_method: 'S256' }));
    await expectOAuthError(await org.handle(redeem(code)), 'invalid_grant', 'invalid code verifier');
    expect((await org.handle(redeem(code, { code_verifier: RFC7636_VERIFIER }))).status).toBe(200);
  });
});
