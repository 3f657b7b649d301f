import { beforeEach, describe, expect, test } from 'vitest';
import { salesforceSignature } from '@/flows/signature';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { ADA, expectOAuthError, formPost, GRACE, HTTP_BASE, inputValue, location, LOGIN, MY_DOMAIN, tokenRequest } from '../test-helpers';

const DEVICE = DEMO.apps.device;
let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const setOrg = (settings: Record<string, unknown>) => expect(org.applyAdminPatch({ settings }).ok).toBe(true);
const setApp = (settings: Record<string, unknown>) => expect(org.applyAdminPatch({ apps: { [DEVICE.consumerKey]: settings } }).ok).toBe(true);

interface DeviceCodeResponse {
  device_code: string;
  user_code: string;
  verification_uri: string;
  interval: number;
}

async function requestDeviceCode(extra: Record<string, string> = {}, base: string = LOGIN): Promise<DeviceCodeResponse> {
  const response = await org.handle(tokenRequest({ response_type: 'device_code', client_id: DEVICE.consumerKey, scope: 'api refresh_token openid', ...extra }, base));
  expect(response.status).toBe(200);
  return (await response.json()) as DeviceCodeResponse;
}

const poll = (code: string, base: string = LOGIN, clientId: string = DEVICE.consumerKey) =>
  org.handle(tokenRequest({ grant_type: 'device', code, client_id: clientId }, base));

/** The person's visit: open verification_uri, log in, type the code; returns the "Allow Access?" page and its form's source. */
async function openAndTypeCode(verificationUri: string, userCode: string, username: string = ADA.username): Promise<{ html: string; source: string }> {
  const loginUrl = location(await org.handle(new Request(verificationUri)));
  const startURL = inputValue(await (await org.handle(new Request(loginUrl))).text(), 'startURL');
  const base = verificationUri.slice(0, verificationUri.indexOf('/setup/connect'));
  const afterLogin = location(await org.handle(formPost(`${base}/`, { startURL, username, pw: ADA.password })));
  const codePage = await (await org.handle(new Request(afterLogin))).text();
  expect(codePage).toContain('id="device_code_form"');
  const source = inputValue(codePage, 'source');
  const html = await (await org.handle(formPost(verificationUri, { source, user_code: userCode }))).text();
  return { html, source };
}

async function decide(verificationUri: string, userCode: string, decision: 'allow' | 'deny', username?: string): Promise<string> {
  const { source } = await openAndTypeCode(verificationUri, userCode, username);
  return (await org.handle(formPost(verificationUri, { source, decision }))).text();
}

describe('device code request (response_type=device_code on the token endpoint)', () => {
  test('answers exactly device_code, user_code, verification_uri and interval (a number), on the host called', async () => {
    const body = await requestDeviceCode();
    expect(Object.keys(body)).toEqual(['device_code', 'user_code', 'verification_uri', 'interval']);
    expect(body.user_code).toMatch(/^[A-Z0-9]{8}$/);
    expect(body.device_code.length).toBeGreaterThan(40);
    expect(body.verification_uri).toBe(`${LOGIN}/setup/connect`);
    expect(body.interval).toBe(5);
    expect((await requestDeviceCode({}, MY_DOMAIN)).verification_uri).toBe(`${MY_DOMAIN}/setup/connect`);
    expect((await requestDeviceCode({}, HTTP_BASE)).verification_uri).toBe(`${HTTP_BASE}/setup/connect`);
  });

  test('accepts multipart bodies, as the Salesforce CLI sends them', async () => {
    const form = new FormData();
    form.set('response_type', 'device_code');
    form.set('client_id', DEVICE.consumerKey);
    const response = await org.handle(new Request(`${LOGIN}/services/oauth2/token`, { method: 'POST', body: form }));
    expect(response.status).toBe(200);
  });

  test('the interval is the org setting', async () => {
    setOrg({ devicePollIntervalSeconds: 10 });
    expect((await requestDeviceCode()).interval).toBe(10);
  });

  test('unknown client_id: invalid_client_id', async () => {
    await expectOAuthError(await org.handle(tokenRequest({ response_type: 'device_code', client_id: 'nope' })), 'invalid_client_id', 'client identifier invalid');
  });

  test('an app without "Enable for Device Flow": the configured answer', async () => {
    const request = () => org.handle(tokenRequest({ response_type: 'device_code', client_id: DEMO.apps.web.consumerKey }));
    await expectOAuthError(await request(), 'unsupported_response_type', 'response type not supported');
    setOrg({ deviceDisabledError: 'unauthorized_client', deviceDisabledDescription: 'device flow not enabled' });
    await expectOAuthError(await request(), 'unauthorized_client', 'device flow not enabled');
  });

  test('a scope the app does not have: invalid_scope', async () => {
    const response = await org.handle(tokenRequest({ response_type: 'device_code', client_id: DEVICE.consumerKey, scope: 'api chatter_api' }));
    await expectOAuthError(response, 'invalid_scope', 'the requested scope is not allowed: chatter_api');
  });

  test('neither grant_type nor response_type=device_code: grant type is missing', async () => {
    const response = await org.handle(tokenRequest({ response_type: 'code', client_id: DEVICE.consumerKey }));
    await expectOAuthError(response, 'invalid_request', 'grant type is missing');
  });
});

describe('polling (grant_type=device, code=<device_code>)', () => {
  test('before the user decides: authorization_pending', async () => {
    const { device_code } = await requestDeviceCode();
    await expectOAuthError(await poll(device_code), 'authorization_pending', 'authorization pending');
  });

  test('sooner than the interval after the last poll: slow_down; after the interval, pending again', async () => {
    const { device_code } = await requestDeviceCode();
    await expectOAuthError(await poll(device_code), 'authorization_pending', 'authorization pending');
    await expectOAuthError(await poll(device_code), 'slow_down', 'polling too frequently');
    org.advanceClock(5);
    await expectOAuthError(await poll(device_code), 'authorization_pending', 'authorization pending');
  });

  test('after the code lifetime (10 minutes): the configured expiry error', async () => {
    const { device_code } = await requestDeviceCode();
    org.advanceClock(600);
    await expectOAuthError(await poll(device_code), 'expired_token', 'device code expired');
    setOrg({ deviceExpiredError: 'invalid_grant', deviceExpiredDescription: 'expired authorization code' });
    await expectOAuthError(await poll(device_code), 'invalid_grant', 'expired authorization code');
  });

  test('unknown device code, or another app\'s: invalid_grant', async () => {
    const { device_code } = await requestDeviceCode();
    await expectOAuthError(await poll('M0madeup'), 'invalid_grant', 'invalid authorization code');
    setOrg({});
    expect(org.applyAdminPatch({ apps: { [DEMO.apps.pkce.consumerKey]: { flows: { device: true } } } }).ok).toBe(true);
    await expectOAuthError(await poll(device_code, LOGIN, DEMO.apps.pkce.consumerKey), 'invalid_grant', 'invalid authorization code');
  });

  test('an app without the device flow: unsupported_grant_type', async () => {
    const { device_code } = await requestDeviceCode();
    setApp({ flows: { device: false } });
    await expectOAuthError(await poll(device_code), 'unsupported_grant_type', 'grant type not supported');
  });

  test('the user denied: access_denied', async () => {
    const { device_code, user_code, verification_uri } = await requestDeviceCode();
    expect(await decide(verification_uri, user_code, 'deny')).toContain('data-device-result="denied"');
    await expectOAuthError(await poll(device_code), 'access_denied', 'end-user denied authorization');
  });

  test('the user allowed: the web server flow\'s fields, signed with the stored secret, for that user; then the code is used up', async () => {
    const { device_code, user_code, verification_uri } = await requestDeviceCode();
    expect(await decide(verification_uri, user_code.toLowerCase(), 'allow', GRACE.username)).toContain('data-device-result="approved"');
    const response = await poll(device_code);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['access_token', 'refresh_token', 'signature', 'scope', 'id_token', 'instance_url', 'id', 'token_type', 'issued_at']);
    expect(body.scope).toBe('api refresh_token openid');
    expect(body.id).toMatch(/\/0055g00000GRACE/);
    expect(body.signature).toBe(await salesforceSignature(DEVICE.consumerSecret, body.id ?? '', body.issued_at ?? ''));
    org.advanceClock(5);
    await expectOAuthError(await poll(device_code), 'invalid_grant', 'invalid authorization code');
  });
});

describe('the verification page (/setup/connect)', () => {
  test('opens on the login page with the page as startURL', async () => {
    const { verification_uri } = await requestDeviceCode();
    const login = new URL(location(await org.handle(new Request(verification_uri))));
    expect(login.pathname).toBe('/');
    expect(login.searchParams.get('startURL')).toMatch(/^\/setup\/connect\?source=/);
  });

  test('a wrong password shows the login page again with its alert', async () => {
    const loginUrl = location(await org.handle(new Request(`${LOGIN}/setup/connect`)));
    const startURL = inputValue(await (await org.handle(new Request(loginUrl))).text(), 'startURL');
    const html = await (await org.handle(formPost(`${LOGIN}/`, { startURL, username: ADA.username, pw: 'wrong' }))).text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('id="login_form"');
  });

  test('a wrong or expired user code shows the code form again with an alert, and the device stays pending', async () => {
    const { device_code, user_code, verification_uri } = await requestDeviceCode();
    const wrong = await openAndTypeCode(verification_uri, 'ZZZZ0000');
    expect(wrong.html).toContain('role="alert"');
    expect(wrong.html).toContain('id="device_code_form"');
    org.advanceClock(600);
    expect((await openAndTypeCode(verification_uri, user_code)).html).toContain('role="alert"');
    org.advanceClock(-600);
    await expectOAuthError(await poll(device_code), 'authorization_pending', 'authorization pending');
  });

  test('the right code shows "Allow Access?" for the device\'s app and scopes', async () => {
    const { user_code, verification_uri } = await requestDeviceCode();
    const { html } = await openAndTypeCode(verification_uri, `${user_code.slice(0, 4)}-${user_code.slice(4)}`);
    expect(html).toContain('id="consent_form"');
    expect(html).toContain(DEVICE.name);
  });

  test('a made-up source goes to the error page', async () => {
    const response = await org.handle(formPost(`${LOGIN}/setup/connect`, { source: 'nope', user_code: 'X' }));
    expect(location(response)).toContain('RemoteAccessErrorPage.apexp?error=invalid_request&error_description=expired+authorization+request');
  });
});
