import { beforeEach, describe, expect, test } from 'vitest';
import { salesforceSignature } from '@/flows/signature';
import { toId18 } from '../ids';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { ADA, basicAuth, bearer, expectOAuthError, GRACE, INTEGRATION_USER, LOGIN, MY_DOMAIN, tokenRequest, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const ADA_PASSWORD = ADA.password + ADA.securityToken;
const password = (extra: Record<string, string> = {}, base: string = LOGIN) =>
  tokenRequest({ grant_type: 'password', client_id: WEB.consumerKey, client_secret: WEB.consumerSecret, username: ADA.username, password: ADA_PASSWORD, ...extra }, base);
const setOrg = (settings: Record<string, unknown>) => expect(org.applyAdminPatch({ settings }).ok).toBe(true);
const allow = () => setOrg({ allowUsernamePasswordFlows: true });
const AUTHENTICATION_FAILURE = ['invalid_grant', 'authentication failure'] as const;

async function success(request: Request): Promise<Record<string, string>> {
  const response = await org.handle(request);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, string>;
}

describe('password grant while the org blocks it (the default)', () => {
  test('correct credentials still get authentication failure', async () => {
    await expectOAuthError(await org.handle(password()), ...AUTHENTICATION_FAILURE);
    await expectOAuthError(await org.handle(password({}, MY_DOMAIN)), ...AUTHENTICATION_FAILURE);
  });

  test('the client is authenticated first: a wrong secret is invalid_client', async () => {
    await expectOAuthError(await org.handle(password({ client_secret: 'wrong' })), 'invalid_client', 'invalid client credentials');
  });
});

describe('password grant with "Allow OAuth Username-Password Flows" on', () => {
  test('has Salesforce\'s fields in order: no refresh_token, no scope', async () => {
    allow();
    const body = await success(password());
    expect(Object.keys(body)).toEqual(['access_token', 'instance_url', 'id', 'token_type', 'issued_at', 'signature']);
    expect(body.id).toBe(`${LOGIN}/id/${DEMO.org.id}/${toId18(ADA.id15)}`);
    expect(body.instance_url).toBe(MY_DOMAIN);
    expect(body.signature).toBe(await salesforceSignature(WEB.consumerSecret, body.id ?? '', body.issued_at ?? ''));
    const query = await org.handle(new Request(`${MY_DOMAIN}/services/data/v62.0/query?q=SELECT+Id+FROM+Account`, { headers: bearer(body.access_token ?? '') }));
    expect(query.status).toBe(200);
  });

  test('client_secret_basic works like the body', async () => {
    allow();
    const request = tokenRequest({ grant_type: 'password', username: ADA.username, password: ADA_PASSWORD }, LOGIN, basicAuth(WEB.consumerKey, WEB.consumerSecret));
    expect((await org.handle(request)).status).toBe(200);
  });

  test.each([
    ['the password without the security token', { password: ADA.password }],
    ['a wrong security token', { password: `${ADA.password}WrongToken` }],
    ['a wrong password', { password: `wrong${ADA.securityToken}` }],
    ['the token before the password', { password: ADA.securityToken + ADA.password }],
    ['an unknown username', { username: 'nobody@acme.example' }],
    ['no password', { password: '' }],
  ])('%s is authentication failure', async (_label, extra) => {
    allow();
    await expectOAuthError(await org.handle(password(extra)), ...AUTHENTICATION_FAILURE);
  });

  test('from a trusted IP range the password alone also works', async () => {
    setOrg({ allowUsernamePasswordFlows: true, callerIpTrusted: true });
    expect((await org.handle(password({ password: ADA.password }))).status).toBe(200);
    expect((await org.handle(password())).status).toBe(200);
  });

  test('wrong or missing secret, unknown consumer key', async () => {
    allow();
    await expectOAuthError(await org.handle(password({ client_secret: 'wrong' })), 'invalid_client', 'invalid client credentials');
    const noSecret = tokenRequest({ grant_type: 'password', client_id: WEB.consumerKey, username: ADA.username, password: ADA_PASSWORD });
    await expectOAuthError(await org.handle(noSecret), 'invalid_client', 'invalid client credentials');
    await expectOAuthError(await org.handle(password({ client_id: '3MVG9unknown' })), 'invalid_client_id', 'client identifier invalid');
  });

  test('an admin-approved app refuses a user who is not pre-authorized', async () => {
    allow();
    expect(org.applyAdminPatch({ apps: { [WEB.consumerKey]: { permittedUsers: 'admin-approved' } } }).ok).toBe(true);
    const grace = password({ username: GRACE.username, password: GRACE.password + GRACE.securityToken });
    await expectOAuthError(await org.handle(grace), 'invalid_app_access', 'user is not admin approved to access this app');
    expect((await org.handle(password())).status).toBe(200);
  });

  test('an app without the flow (an External Client App) does not know the grant', async () => {
    allow();
    expect(org.applyAdminPatch({ apps: { [WEB.consumerKey]: { flows: { usernamePassword: false } } } }).ok).toBe(true);
    await expectOAuthError(await org.handle(password()), 'unsupported_grant_type', 'grant type not supported');
  });

  test('the API-only integration user may use it', async () => {
    allow();
    const body = await success(password({ username: INTEGRATION_USER.username, password: INTEGRATION_USER.password + INTEGRATION_USER.securityToken }));
    expect(body.id).toBe(`${LOGIN}/id/${DEMO.org.id}/${toId18(INTEGRATION_USER.id15)}`);
  });
});
