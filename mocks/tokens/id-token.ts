/** The OpenID Connect id_token: RS256 with the org's key, sub = identity URL, aud = consumer key. */
import { SignJWT } from 'jose';
import { bytesToBase64Url } from '@/flows/pkce';
import { identityUrl } from '../directory';
import { profileClaims } from '../profile';
import type { Site } from '../site';
import type { ConnectedApp, OrgRuntime, User } from '../state';

export interface IdTokenInput {
  site: Site;
  app: ConnectedApp;
  user: User;
  scopes: readonly string[];
  accessToken: string;
  nonce?: string;
}

/** OIDC Core 3.1.3.6: base64url of the left half of SHA-256 of the access token's ASCII bytes. */
export async function accessTokenHash(accessToken: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)));
  return bytesToBase64Url(digest.slice(0, digest.length / 2));
}

export async function signIdToken(org: OrgRuntime, input: IdTokenInput): Promise<string> {
  const { state } = org;
  const iat = Math.floor(org.now() / 1000);
  const payload = {
    iss: input.site.base,
    sub: identityUrl(state, input.site, input.user),
    aud: input.app.consumerKey,
    exp: iat + state.settings.idTokenLifetimeSeconds,
    iat,
    at_hash: await accessTokenHash(input.accessToken),
    ...(input.nonce === undefined ? {} : { nonce: input.nonce }),
    ...profileClaims(state, input.site, input.user, input.scopes),
  };
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: state.keys.kid, typ: 'JWT' }).sign(state.keys.privateKey);
}
