/**
 * Every kind of HTML page the org serves carries a Content-Security-Policy that allows no script,
 * X-Frame-Options and nosniff; its forms post to its own origin ('self'), and the login and consent
 * pages, whose answer may redirect to the client, also allow the callback's origin or scheme.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { ADA, authorizeUrl, formPost, HTTP_BASE, inputValue, location, logIn, LOGIN, tokenRequest, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const CALLBACK_ORIGIN = new URL(DEMO.callbackUrl).origin;
const policy = (formAction: string) => `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; frame-ancestors 'self'; base-uri 'none'`;

/** Checks the page's headers and markup; returns its HTML. */
async function expectLockedDown(response: Response, pageUrl: string, formAction = "'self'"): Promise<string> {
  expect(response.headers.get('content-type')).toBe('text/html;charset=UTF-8');
  expect(response.headers.get('content-security-policy')).toBe(policy(formAction));
  expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const html = await response.text();
  expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  for (const [, action] of html.matchAll(/<form [^>]*action="([^"]*)"/g)) expect(new URL(action ?? '').origin).toBe(new URL(pageUrl).origin);
  return html;
}

const get = (url: string) => org.handle(new Request(url));

describe.each([LOGIN, HTTP_BASE])('pages on %s', (base) => {
  test('the login page, on the way to a callback', async () => {
    const loginUrl = location(await get(authorizeUrl(base, {})));
    await expectLockedDown(await get(loginUrl), loginUrl, `'self' ${CALLBACK_ORIGIN}`);
  });

  test('the login page after a wrong password', async () => {
    const response = await logIn(org, authorizeUrl(base, {}), ADA.username, 'wrong');
    expect(response.status).toBe(200);
    await expectLockedDown(response, `${base}/`, `'self' ${CALLBACK_ORIGIN}`);
  });

  test('the login page on its own', async () => {
    await expectLockedDown(await get(`${base}/`), `${base}/`);
  });

  test('the consent page', async () => {
    const consentUrl = location(await logIn(org, authorizeUrl(base, {})));
    await expectLockedDown(await get(consentUrl), consentUrl, `'self' ${CALLBACK_ORIGIN}`);
  });

  test('the error page', async () => {
    const errorUrl = location(await get(authorizeUrl(base, { client_id: '3MVG9nobody' })));
    const response = await get(errorUrl);
    expect(response.status).toBe(400);
    await expectLockedDown(response, errorUrl);
  });

  test('the bounce page moves on without a script: a meta refresh and a link', async () => {
    org.applyAdminPatch({ settings: { authorizeBounce: 'js-page' } });
    const url = authorizeUrl(base, {});
    const html = await expectLockedDown(await get(url), url);
    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(refresh).toMatch(new RegExp(`^${base.replace(/[./]/g, '\\$&')}/\\?ec=302&startURL=%2Fsetup`));
    expect(html).toContain(`<a href="${refresh?.replace(/&/g, '&amp;')}">the login page</a>`);
    expect(await expectLockedDown(await get(refresh ?? ''), refresh ?? '', `'self' ${CALLBACK_ORIGIN}`)).toContain('id="login_form"');
  });

  test('the device verification pages: the code form, "Allow Access?" and the result', async () => {
    const asked = await org.handle(tokenRequest({ response_type: 'device_code', client_id: DEMO.apps.device.consumerKey, scope: 'api' }, base));
    const { verification_uri: verificationUri, user_code: userCode } = await asked.json();
    const loginUrl = location(await get(verificationUri));
    const startURL = inputValue(await expectLockedDown(await get(loginUrl), loginUrl), 'startURL');
    const codeUrl = location(await org.handle(formPost(`${base}/`, { startURL, username: ADA.username, pw: ADA.password })));
    const source = inputValue(await expectLockedDown(await get(codeUrl), codeUrl), 'source');
    await expectLockedDown(await org.handle(formPost(verificationUri, { source, user_code: userCode })), verificationUri);
    const result = await expectLockedDown(await org.handle(formPost(verificationUri, { source, decision: 'allow' })), verificationUri);
    expect(result).toContain('data-device-result="approved"');
  });
});

describe('form-action names the callback the way CSP can', () => {
  test.each([
    ['https://app.example.com:8443/oauth/callback', "'self' https://app.example.com:8443"],
    ['com.acme.app:/oauth2callback', "'self' com.acme.app:"],
    ['myapp://callback', "'self' myapp:"],
    ['http://[::1]:8080/callback', "'self' http:"],
  ])('%s', async (callback, formAction) => {
    expect(org.applyAdminPatch({ apps: { [WEB.consumerKey]: { callbackUrls: [callback] } } }).ok).toBe(true);
    const consentUrl = location(await logIn(org, authorizeUrl(LOGIN, { redirect_uri: callback })));
    await expectLockedDown(await get(consentUrl), consentUrl, formAction);
  });
});
