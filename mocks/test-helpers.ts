/** Shared steps for the mock org's tests: a browser's hops and a client's token calls. */
import { expect } from 'vitest';
import { DEMO, type MockOrg } from './index';

export const LOGIN = DEMO.hosts.login;
export const HTTP_BASE = 'http://localhost:3000/mock';
export const WEB = DEMO.apps.web;
export const PKCE = DEMO.apps.pkce;
export const ADA = DEMO.users.ada;
export const GRACE = DEMO.users.grace;
export const INTEGRATION = DEMO.apps.integration;
export const INTEGRATION_USER = DEMO.users.integration;
export const MY_DOMAIN = DEMO.hosts.myDomain;
export const RFC7636_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
export const RFC7636_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

export function authorizeUrl(base: string, params: Record<string, string>): string {
  const query = new URLSearchParams({ response_type: 'code', client_id: WEB.consumerKey, redirect_uri: DEMO.callbackUrl, ...params });
  return `${base}/services/oauth2/authorize?${query}`;
}

export function formPost(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(url, { method: 'POST', headers, body: new URLSearchParams(fields) });
}

export function location(response: Response): string {
  expect(response.status).toBe(302);
  const value = response.headers.get('location');
  if (value === null) throw new Error('302 without Location');
  return value;
}

/** The value of a named input in a page (values are HTML-escaped; only &amp; occurs in ours). */
export function inputValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) throw new Error(`no input ${name}`);
  return match[1].replace(/&amp;/g, '&');
}

/** authorize -> login page -> login POST; returns the response to the login POST. */
export async function logIn(org: MockOrg, authorize: string, username: string = ADA.username, password: string = ADA.password) {
  const loginPage = await org.handle(new Request(location(await org.handle(new Request(authorize)))));
  const startURL = inputValue(await loginPage.text(), 'startURL');
  const base = authorize.slice(0, authorize.indexOf('/services/'));
  return org.handle(formPost(`${base}/`, { startURL, username, pw: password }));
}

/** The consent page's decision, after a login that led to it; returns the redirect to the callback. */
export async function decide(org: MockOrg, consentUrl: string, decision: 'allow' | 'deny'): Promise<URL> {
  const source = inputValue(await (await org.handle(new Request(consentUrl))).text(), 'source');
  const action = consentUrl.slice(0, consentUrl.indexOf('?'));
  return new URL(location(await org.handle(formPost(action, { source, decision }))));
}

/** The whole front channel with Ada allowing access (if she is asked): returns the callback URL. */
export async function authorizeCode(org: MockOrg, params: Record<string, string> = {}, base: string = LOGIN): Promise<URL> {
  const next = location(await logIn(org, authorizeUrl(base, params)));
  return next.startsWith(DEMO.callbackUrl) ? new URL(next) : decide(org, next, 'allow');
}

export function codeOf(callback: URL): string {
  const code = callback.searchParams.get('code');
  if (code === null) throw new Error(`no code in ${callback}`);
  return code;
}

export function tokenRequest(fields: Record<string, string>, base: string = LOGIN, headers: Record<string, string> = {}): Request {
  return formPost(`${base}/services/oauth2/token`, fields, headers);
}

export function redeem(code: string, extra: Record<string, string> = {}, base: string = LOGIN): Request {
  return tokenRequest(
    { grant_type: 'authorization_code', code, client_id: WEB.consumerKey, client_secret: WEB.consumerSecret, redirect_uri: DEMO.callbackUrl, ...extra },
    base,
  );
}

/** Authorize, allow and redeem with the web app; returns the token response body. */
export async function tokensFor(org: MockOrg, params: Record<string, string> = {}, base: string = LOGIN): Promise<Record<string, string>> {
  const response = await org.handle(redeem(codeOf(await authorizeCode(org, params, base)), {}, base));
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, string>;
}

export async function expectOAuthError(response: Response, error: string, description: string, status = 400): Promise<void> {
  expect({ status: response.status, body: await response.json() }).toEqual({ status, body: { error, error_description: description } });
}

/** `Authorization: Basic base64(client_id:client_secret)` (client_secret_basic). */
export function basicAuth(clientId: string, clientSecret: string): Record<string, string> {
  return { Authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` };
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
