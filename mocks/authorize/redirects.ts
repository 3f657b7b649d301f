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

export function errorCallbackUrl(redirectUri: string, error: OAuthError, state: string | undefined): string {
  return withQuery(redirectUri, withState([['error', error.error], ['error_description', error.description]], state));
}

export function errorPageUrl(site: Site, error: string, description: string): string {
  return withQuery(`${site.base}${ERROR_PAGE_PATH}`, [
    ['error', error],
    ['error_description', description],
  ]);
}
