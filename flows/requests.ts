/** Request and response shapes shared by the flows' HTTP steps. */
import { formEncode, type Header, type WireRequest } from './http';
import { bytesToBase64 } from './pkce';

export type FormPairs = ReadonlyArray<readonly [string, string]>;

/** A form POST that asks for JSON back, as every Salesforce OAuth endpoint takes. */
export function formPost(url: string, pairs: FormPairs, extraHeaders: readonly Header[] = []): WireRequest {
  return {
    method: 'POST',
    url,
    headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Accept', 'application/json'], ...extraHeaders],
    body: formEncode(pairs),
  };
}

/** `Authorization: Basic` with base64(client_id ":" client_secret) of the UTF-8 bytes (client_secret_basic). */
export function basicAuthorization(clientId: string, clientSecret: string): Header {
  return ['Authorization', `Basic ${bytesToBase64(new TextEncoder().encode(`${clientId}:${clientSecret}`))}`];
}

/** A GET carrying an access token as an RFC 6750 Bearer token. */
export function bearerGet(url: string, accessToken: string): WireRequest {
  return {
    method: 'GET',
    url,
    headers: [
      ['Authorization', `Bearer ${accessToken}`],
      ['Accept', 'application/json'],
    ],
  };
}

/** A value a step needs from an earlier step; the runner runs steps in order, so it is there. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not known yet: run the earlier steps first.`);
  return value;
}

/** A token shortened for notes: enough to recognise it, not enough to use it. */
export function abbreviate(token: string): string {
  return token.length <= 16 ? token : `${token.slice(0, 10)}…${token.slice(-4)}`;
}

/** A URL on the login host the user typed, which may end with a slash. */
export function loginUrl(loginHost: string, path: string): string {
  return `${loginHost.replace(/\/+$/, '')}${path}`;
}
