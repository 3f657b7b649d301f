/** The user-agent flow on authorize: tokens (or errors) in the redirect's fragment (reference sections 3 and 24). */
import { decodeJwt } from 'jose';
import { beforeEach, describe, expect, test } from 'vitest';
import { salesforceSignature } from '@/flows/signature';
import { toId18 } from '../ids';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { ADA, bearer, decide, HTTP_BASE, location, logIn, LOGIN } from '../test-helpers';

const BROWSER = DEMO.apps.browser;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

function userAgentUrl(params: Record<string, string>, base: string = LOGIN): string {
  const query = new URLSearchParams({ response_type: 'token', client_id: BROWSER.consumerKey, redirect_uri: DEMO.callbackUrl, ...params });
  return `${base}/services/oauth2/authorize?${query}`;
}

/** Login and Allow: the callback URL Salesforce sends the browser to. */
async function callback(params: Record<string, string>, base: string = LOGIN): Promise<URL> {
  const next = location(await logIn(org, userAgentUrl(params, base)));
  return next.startsWith(DEMO.callbackUrl) ? new URL(next) : decide(org, next, 'allow');
}

function fragment(url: URL): Array<[string, string]> {
  return [...new URLSearchParams(url.hash.slice(1))];
}

describe('success: the tokens in the fragment', () => {
  test('response_type token: Salesforce\'s fields in order, nothing in the query, no id_token', async () => {
    const url = await callback({ scope: 'api refresh_token openid', state: 'st-1', nonce: 'n-1' });
    expect(`${url.origin}${url.pathname}`).toBe(DEMO.callbackUrl);
    expect(url.search).toBe('');
    const pairs = fragment(url);
    expect(pairs.map(([name]) => name)).toEqual([
      'access_token', 'refresh_token', 'instance_url', 'id', 'issued_at', 'signature', 'scope', 'token_type', 'state',
    ]);
    const fields = Object.fromEntries(pairs);
    expect(fields.access_token).toMatch(/^00D5g000004ACME!/);
    expect([fields.instance_url, fields.id, fields.scope, fields.token_type, fields.state]).toEqual([
      DEMO.hosts.myDomain, `${LOGIN}/id/${DEMO.org.id}/${toId18(ADA.id15)}`, 'api refresh_token openid', 'Bearer', 'st-1',
    ]);
    expect(fields.issued_at).toMatch(/^\d{13}$/);
    expect(fields.signature).toBe(await salesforceSignature(BROWSER.consumerSecret, fields.id ?? '', fields.issued_at ?? ''));
    // Values are percent-encoded, spaces as %20.
    expect(url.hash).toContain('scope=api%20refresh_token%20openid');
  });

  test('response_type token id_token: an id_token with the nonce and at_hash', async () => {
    const url = await callback({ response_type: 'token id_token', scope: 'api openid', state: 'st-2', nonce: 'n-2' });
    const fields = Object.fromEntries(fragment(url));
    expect(Object.keys(fields)).toEqual(['access_token', 'instance_url', 'id', 'issued_at', 'signature', 'scope', 'id_token', 'token_type', 'state']);
    const claims = decodeJwt(fields.id_token ?? '');
    expect([claims.aud, claims.nonce, claims.sub, claims.iss]).toEqual([BROWSER.consumerKey, 'n-2', fields.id, LOGIN]);
    expect(typeof claims.at_hash).toBe('string');
  });

  test('id_token token (the other order) is the same response type', async () => {
    const fields = Object.fromEntries(fragment(await callback({ response_type: 'id_token token', scope: 'openid api' })));
    expect(fields.id_token).toBeDefined();
  });

  test('no refresh scope, no refresh_token; the access token works on the REST API', async () => {
    const fields = Object.fromEntries(fragment(await callback({ scope: 'api' })));
    expect(fields.refresh_token).toBeUndefined();
    const rest = await org.handle(new Request(`${fields.instance_url}/services/data/v62.0/query?q=SELECT+Id+FROM+Account`, { headers: bearer(fields.access_token ?? '') }));
    expect(rest.status).toBe(200);
  });

  test('the second login skips the consent page (approval remembered); over HTTP the fragment comes back too', async () => {
    await callback({ scope: 'api' }, HTTP_BASE);
    const next = location(await logIn(org, userAgentUrl({ scope: 'api', state: 'again' }, HTTP_BASE), ADA.username, ADA.password));
    expect(next).toMatch(/^http:\/\/localhost:3000\/callback#access_token=.+&state=again$/);
  });

  test('a code_challenge is ignored: PKCE has no part in this flow', async () => {
    const fields = Object.fromEntries(fragment(await callback({ scope: 'api', code_challenge: 'abc', code_challenge_method: 'S256' })));
    expect(fields.access_token).toBeDefined();
  });
});

describe('errors in the fragment', () => {
  test('Deny: access_denied with the state', async () => {
    const next = location(await logIn(org, userAgentUrl({ scope: 'api', state: 'st-3' })));
    const url = await decide(org, next, 'deny');
    expect([url.search, fragment(url)]).toEqual(['', [['error', 'access_denied'], ['error_description', 'end-user denied authorization'], ['state', 'st-3']]]);
  });

  test('a scope the app does not have', async () => {
    const url = new URL(location(await org.handle(new Request(userAgentUrl({ scope: 'api full', state: 's' })))));
    expect(Object.fromEntries(fragment(url))).toEqual({ error: 'invalid_scope', error_description: 'the requested scope is not allowed: full', state: 's' });
  });

  test('an app without the user-agent flow', async () => {
    org.applyAdminPatch({ apps: { [BROWSER.consumerKey]: { flows: { userAgent: false } } } });
    const url = new URL(location(await org.handle(new Request(userAgentUrl({ state: 's' })))));
    expect(Object.fromEntries(fragment(url))).toEqual({ error: 'unsupported_response_type', error_description: 'response type not supported', state: 's' });
  });

  test('an unregistered redirect_uri stays on Salesforce\'s error page', async () => {
    const url = new URL(location(await org.handle(new Request(userAgentUrl({ redirect_uri: 'https://evil.example/cb' })))));
    expect([url.pathname, url.searchParams.get('error'), url.hash]).toEqual(['/setup/secur/RemoteAccessErrorPage.apexp', 'redirect_uri_mismatch', '']);
  });

  test('an unknown client_id stays on Salesforce\'s error page', async () => {
    const url = new URL(location(await org.handle(new Request(userAgentUrl({ client_id: '3MVG9nobody' })))));
    expect([url.pathname, url.searchParams.get('error')]).toEqual(['/setup/secur/RemoteAccessErrorPage.apexp', 'invalid_client_id']);
  });
});

describe('an org that blocks the user-agent flow', () => {
  beforeEach(() => {
    expect(org.applyAdminPatch({ settings: { allowUserAgentFlows: false } }).ok).toBe(true);
  });

  test('by default: the configured error in the fragment, before any login page', async () => {
    const url = new URL(location(await org.handle(new Request(userAgentUrl({ state: 's' })))));
    expect(`${url.origin}${url.pathname}`).toBe(DEMO.callbackUrl);
    expect(Object.fromEntries(fragment(url))).toEqual({ error: 'unsupported_response_type', error_description: 'response type not supported', state: 's' });
  });

  test('with other settings: another code and description, or Salesforce\'s error page', async () => {
    org.applyAdminPatch({ settings: { userAgentBlockedError: 'unauthorized_client', userAgentBlockedDescription: 'user-agent flow is blocked' } });
    const redirected = new URL(location(await org.handle(new Request(userAgentUrl({})))));
    expect(Object.fromEntries(fragment(redirected))).toEqual({ error: 'unauthorized_client', error_description: 'user-agent flow is blocked' });
    org.applyAdminPatch({ settings: { userAgentBlockedShownOn: 'page' } });
    const page = new URL(location(await org.handle(new Request(userAgentUrl({})))));
    expect([page.pathname, page.searchParams.get('error'), page.searchParams.get('error_description')]).toEqual([
      '/setup/secur/RemoteAccessErrorPage.apexp', 'unauthorized_client', 'user-agent flow is blocked',
    ]);
  });

  test('the code flow is not affected', async () => {
    const query = new URLSearchParams({ response_type: 'code', client_id: DEMO.apps.web.consumerKey, redirect_uri: DEMO.callbackUrl });
    const next = location(await org.handle(new Request(`${LOGIN}/services/oauth2/authorize?${query}`)));
    expect(next).toMatch(/^https:\/\/login\.salesforce\.com\/\?ec=302/);
  });
});
