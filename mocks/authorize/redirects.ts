/** Where the browser goes next: the login page, the client's callback, or Salesforce's error page. */
import { withQuery } from '@/flows/http';
import type { OAuthError } from '../errors';
import type { Site } from '../site';
import type { PendingAuthorization } from '../state';
import { consentPath } from './pending';

export const ERROR_PAGE_PATH = '/setup/secur/RemoteAccessErrorPage.apexp';

export function loginPageUrl(site: Site, pending: PendingAuthorization): string {
  return withQuery(`${site.base}/`, [
    ['ec', '302'],
    ['startURL', consentPath(pending)],
  ]);
}

function withState(pairs: Array<[string, string]>, state: string | undefined): Array<[string, string]> {
  return state === undefined ? pairs : [...pairs, ['state', state]];
}

export function codeCallbackUrl(redirectUri: string, code: string, state: string | undefined): string {
  return withQuery(redirectUri, withState([['code', code]], state));
}

/**
 * The callback URL with the pairs in its fragment, as the user-agent flow answers: percent-encoded
 * (spaces as %20), in order. A fragment the registered URL had is replaced.
 */
export function withFragment(redirectUri: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const url = new URL(redirectUri);
  url.hash = '';
  const fragment = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return `${url.toString()}#${fragment}`;
}

export function tokenCallbackUrl(redirectUri: string, fields: Record<string, string>, state: string | undefined): string {
  return withFragment(redirectUri, withState(Object.entries(fields), state));
}

/** An error for the callback: in the query for the code flow, in the fragment for the user-agent flow. */
export function errorCallbackUrl(redirectUri: string, error: OAuthError, state: string | undefined, inFragment = false): string {
  const pairs = withState([['error', error.error], ['error_description', error.description]], state);
  return inFragment ? withFragment(redirectUri, pairs) : withQuery(redirectUri, pairs);
}

export function errorPageUrl(site: Site, error: string, description: string): string {
  return withQuery(`${site.base}${ERROR_PAGE_PATH}`, [
    ['error', error],
    ['error_description', description],
  ]);
}
