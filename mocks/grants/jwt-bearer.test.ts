/** grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer against the mock org: Salesforce's response and each documented error, in its order. */
import { SignJWT, type JWTPayload } from 'jose';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { generateKeyMaterial, type KeyMaterial } from '@/flows/jwt-bearer/key-material';
import { toId18 } from '../ids';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { ADA, authorizeCode, bearer, codeOf, expectOAuthError, GRACE, LOGIN, MY_DOMAIN, tokenRequest } from '../test-helpers';

const SERVER = DEMO.apps.server;
const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

let org: MockOrg;
let keys: KeyMaterial;
let otherKeys: KeyMaterial;
beforeAll(async () => {
  [keys, otherKeys] = await Promise.all([generateKeyMaterial(Date.now()), generateKeyMaterial(Date.now())]);
});
beforeEach(async () => {
  org = await createMockOrg();
  setApp({ certificate: keys.certificatePem });
});

function setApp(settings: Record<string, unknown>) {
  expect(org.applyAdminPatch({ apps: { [SERVER.consumerKey]: settings } })).toMatchObject({ ok: true });
}

const nowSeconds = () => Math.floor(org.now() / 1000);

function claims(changes: JWTPayload = {}): JWTPayload {
  return { iss: SERVER.consumerKey, sub: ADA.username, aud: LOGIN, exp: nowSeconds() + 180, ...changes };
}

async function assertion(changes: JWTPayload = {}, key: CryptoKey = keys.privateKey, alg = 'RS256'): Promise<string> {
  return new SignJWT(claims(changes)).setProtectedHeader({ alg }).sign(key);
}

const send = async (token: string | undefined, base: string = LOGIN) =>
  org.handle(tokenRequest({ grant_type: GRANT_TYPE, ...(token !== undefined && { assertion: token }) }, base));

const INVALID_ASSERTION = ['invalid_grant', 'invalid assertion'] as const;
const NOT_APPROVED = ['invalid_grant', "user hasn't approved this consumer"] as const;

describe('jwt-bearer success', () => {
  test('has exactly access_token, scope, instance_url, id, token_type: no refresh_token, no issued_at, no signature', async () => {
    const response = await send(await assertion());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['access_token', 'scope', 'instance_url', 'id', 'token_type']);
    expect(body.access_token).toMatch(/^00D5g000004ACME!/);
    expect(body.scope).toBe('api id refresh_token');
    expect(body.instance_url).toBe(MY_DOMAIN);
    expect(body.id).toBe(`${LOGIN}/id/${DEMO.org.id}/${toId18(ADA.id15)}`);
    expect(body.token_type).toBe('Bearer');
    const identity = await org.handle(new Request(body.id ?? '', { headers: bearer(body.access_token ?? '') }));
    expect((await identity.json()).username).toBe(ADA.username);
  });

  test('accepts the My Domain as audience, a far-future exp in milliseconds (as the Salesforce CLI sends), and prn for sub', async () => {
    expect((await send(await assertion({ aud: MY_DOMAIN }))).status).toBe(200);
    expect((await send(await assertion({ exp: Date.now() + 300 })))).toMatchObject({ status: 200 });
    expect((await send(await assertion({ sub: undefined, prn: ADA.username }))).status).toBe(200);
  });

  test('is served on the My Domain and over HTTP too', async () => {
    expect((await send(await assertion(), MY_DOMAIN)).status).toBe(200);
    expect((await send(await assertion(), 'http://localhost:3000/mock')).status).toBe(200);
  });
});

describe('jwt-bearer errors, each exactly as Salesforce sends it', () => {
  test.each([
    ['no assertion', async () => undefined],
    ['an assertion that is not a JWT', async () => 'not-a-jwt'],
    ['a JWT whose payload is not JSON', async () => 'eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln'],
  ])('invalid assertion: %s', async (_label, make) => {
    await expectOAuthError(await send(await make()), ...INVALID_ASSERTION);
  });

  test('invalid_client_id: iss is no consumer key of the org', async () => {
    await expectOAuthError(await send(await assertion({ iss: '3MVG9unknown' })), 'invalid_client_id', 'client identifier invalid');
  });

  test('invalid assertion: no certificate on the app ("Use digital signatures" off)', async () => {
    setApp({ certificate: '' });
    await expectOAuthError(await send(await assertion()), ...INVALID_ASSERTION);
  });

  test('invalid assertion: signed with a key other than the certificate\'s', async () => {
    await expectOAuthError(await send(await assertion({}, otherKeys.privateKey)), ...INVALID_ASSERTION);
  });

  test('invalid assertion: a claim changed after signing', async () => {
    const [header, , signature] = (await assertion()).split('.');
    const payload = Buffer.from(JSON.stringify(claims({ sub: GRACE.username }))).toString('base64url');
    await expectOAuthError(await send(`${header}.${payload}.${signature}`), ...INVALID_ASSERTION);
  });

  test('invalid assertion: an algorithm other than RS256', async () => {
    await expectOAuthError(await send(await assertion({}, new TextEncoder().encode('a'.repeat(32)) as unknown as CryptoKey, 'HS256')), ...INVALID_ASSERTION);
  });

  test.each([
    ['the sandbox login host for a production org', DEMO.hosts.sandboxLogin],
    ['the token endpoint URL', `${LOGIN}/services/oauth2/token`],
    ['a trailing slash', `${LOGIN}/`],
  ])('audience is invalid: %s', async (_label, aud) => {
    await expectOAuthError(await send(await assertion({ aud })), 'invalid_grant', 'audience is invalid');
  });

  test('expired authorization code: exp in the past on the org\'s clock, including after moving the clock', async () => {
    await expectOAuthError(await send(await assertion({ exp: nowSeconds() - 1 })), 'invalid_grant', 'expired authorization code');
    const token = await assertion();
    org.advanceClock(181);
    await expectOAuthError(await send(token), 'invalid_grant', 'expired authorization code');
  });

  test('invalid assertion: no exp', async () => {
    await expectOAuthError(await send(await assertion({ exp: undefined })), ...INVALID_ASSERTION);
  });

  test("user hasn't approved this consumer: sub is no user of the org", async () => {
    await expectOAuthError(await send(await assertion({ sub: 'nobody@acme.example' })), ...NOT_APPROVED);
  });

  test("user hasn't approved this consumer: the app lets users self-authorize and Ada never approved it", async () => {
    setApp({ permittedUsers: 'all' });
    await expectOAuthError(await send(await assertion()), ...NOT_APPROVED);
  });

  test('invalid_app_access: admin approved users only, and Grace is not assigned', async () => {
    await expectOAuthError(await send(await assertion({ sub: GRACE.username })), 'invalid_app_access', 'user is not admin approved to access this app');
  });

  test('checks in Salesforce\'s order: signature, then aud, then exp, then sub', async () => {
    const everything = { aud: DEMO.hosts.sandboxLogin, exp: nowSeconds() - 10, sub: 'nobody@acme.example' };
    await expectOAuthError(await send(await assertion(everything, otherKeys.privateKey)), ...INVALID_ASSERTION);
    await expectOAuthError(await send(await assertion(everything)), 'invalid_grant', 'audience is invalid');
    await expectOAuthError(await send(await assertion({ ...everything, aud: LOGIN })), 'invalid_grant', 'expired authorization code');
    await expectOAuthError(await send(await assertion({ sub: everything.sub })), ...NOT_APPROVED);
  });
});

describe('jwt-bearer approval by the user', () => {
  async function approveInWebFlow(scope: string) {
    const callback = await authorizeCode(org, { client_id: SERVER.consumerKey, scope });
    const redeemed = await org.handle(
      tokenRequest({ grant_type: 'authorization_code', code: codeOf(callback), client_id: SERVER.consumerKey, client_secret: SERVER.consumerSecret, redirect_uri: DEMO.callbackUrl }),
    );
    expect(redeemed.status).toBe(200);
  }

  test('a self-authorize app works once the user has approved it in a flow that issued a refresh token, with the scopes approved', async () => {
    setApp({ permittedUsers: 'all' });
    await approveInWebFlow('api refresh_token');
    const response = await send(await assertion());
    expect(response.status).toBe(200);
    expect((await response.json()).scope).toBe('api refresh_token');
  });

  test('an approval without refresh_token does not count', async () => {
    setApp({ permittedUsers: 'all' });
    await approveInWebFlow('api');
    await expectOAuthError(await send(await assertion()), ...NOT_APPROVED);
  });
});

describe('registering the certificate through the admin API', () => {
  test.each([
    ['not PEM', 'hello', 'apps.%s.certificate is not a PEM X.509 certificate: there is no -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- block'],
    ['a private key', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', 'apps.%s.certificate is not a PEM X.509 certificate: it is a "PRIVATE KEY" block, not "CERTIFICATE"'],
    ['garbage in the armor', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', 'apps.%s.certificate is not a PEM X.509 certificate: the certificate is missing or malformed'],
    ['not a string', 42, 'apps.%s.certificate must be a PEM certificate or ""'],
  ])('refuses %s with a message, and keeps the certificate it had', async (_label, certificate, message) => {
    expect(org.applyAdminPatch({ apps: { [SERVER.consumerKey]: { certificate } } })).toEqual({ ok: false, message: message.replace('%s', SERVER.consumerKey) });
    expect(org.state.apps.find((a) => a.consumerKey === SERVER.consumerKey)?.certificate).toBe(keys.certificatePem);
  });

  test('PATCH /mock/_admin/org answers a malformed certificate with a 400', async () => {
    const { handleAdminRequest } = await import('../index');
    const response = (await handleAdminRequest(org, new Request('http://localhost:3000/mock/_admin/org', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apps: { [SERVER.consumerKey]: { certificate: 'x' } } }) })))?.toFetch();
    expect(response?.status).toBe(400);
    expect((await response?.json()).error_description).toMatch(/^apps\..+\.certificate is not a PEM X\.509 certificate/);
  });

  test('lists the accepted audiences as an org setting', () => {
    expect(org.adminView().settings.jwtBearerAudiences).toEqual([LOGIN, MY_DOMAIN]);
    expect(org.applyAdminPatch({ settings: { jwtBearerAudiences: ['not a url'] } })).toEqual({ ok: false, message: 'settings.jwtBearerAudiences[0] must be an absolute URL' });
  });

  test('a sandbox-style org accepts test.salesforce.com once the setting lists it', async () => {
    expect(org.applyAdminPatch({ settings: { jwtBearerAudiences: [DEMO.hosts.sandboxLogin] } }).ok).toBe(true);
    expect((await send(await assertion({ aud: DEMO.hosts.sandboxLogin }))).status).toBe(200);
    await expectOAuthError(await send(await assertion()), 'invalid_grant', 'audience is invalid');
  });
});
