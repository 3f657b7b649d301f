import { RedirectUriMismatchError } from '../errors';
import type { ConnectedApp } from '../state';

/** The redirect_uri must equal one of the app's callback URLs exactly: case, trailing slash, scheme and port all count. */
export function requireRegisteredRedirectUri(app: ConnectedApp, redirectUri: string | undefined): string {
  if (redirectUri === undefined || !app.callbackUrls.includes(redirectUri)) throw new RedirectUriMismatchError();
  return redirectUri;
}
