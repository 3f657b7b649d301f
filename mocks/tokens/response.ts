/** The token endpoint's success bodies, field for field as Salesforce sends them for each grant. */
import { salesforceSignature } from '@/flows/signature';
import { identityUrl } from '../directory';
import type { Site } from '../site';
import type { AccessToken, ConnectedApp, OrgRuntime, RefreshToken, User } from '../state';
import { signIdToken } from './id-token';

export interface IssuedTokens {
  site: Site;
  app: ConnectedApp;
  user: User;
  accessToken: AccessToken;
  /** Present only when this response hands out a refresh token. */
  refreshToken?: RefreshToken;
  nonce?: string;
}

type Field = [string, string | undefined];

/** The fields with a value, in order. */
function present(fields: Field[]): Record<string, string> {
  return Object.fromEntries(fields.filter((field): field is [string, string] => field[1] !== undefined));
}

/** id, issued_at and the signature over them, which every grant but JWT bearer sends. */
async function signedIdentity(org: OrgRuntime, { site, app, user, accessToken }: IssuedTokens) {
  const id = identityUrl(org.state, site, user);
  const issuedAt = String(accessToken.issuedAt);
  return { id, issuedAt, signature: await salesforceSignature(app.consumerSecret, id, issuedAt) };
}

/**
 * authorization_code and refresh_token (reference section 2.5): access_token, refresh_token, signature,
 * scope, id_token, instance_url, id, token_type, issued_at; no expires_in.
 */
export async function tokenResponseFields(org: OrgRuntime, issued: IssuedTokens): Promise<Record<string, string>> {
  const { site, app, user, accessToken } = issued;
  const { id, issuedAt, signature } = await signedIdentity(org, issued);
  const idToken = accessToken.scopes.includes('openid')
    ? await signIdToken(org, { site, app, user, scopes: accessToken.scopes, accessToken: accessToken.token, nonce: issued.nonce })
    : undefined;
  return present([
    ['access_token', accessToken.token],
    ['refresh_token', issued.refreshToken?.token],
    ['signature', signature],
    ['scope', accessToken.scopes.join(' ')],
    ['id_token', idToken],
    ['instance_url', site.instanceUrl],
    ['id', id],
    ['token_type', 'Bearer'],
    ['issued_at', issuedAt],
  ]);
}

/** The org setting, or over HTTP the mock's own base (which serves the API); '' leaves the field out. */
function apiInstanceUrl(org: OrgRuntime, site: Site): string | undefined {
  const configured = org.state.settings.apiInstanceUrl;
  if (!configured) return undefined;
  return site.kind === 'http-mount' ? site.base : configured;
}

/**
 * client_credentials (reference section 6): access_token, signature, scope, instance_url, id,
 * token_type, issued_at, then api_instance_url when the org setting gives one. Never a refresh token.
 */
export async function clientCredentialsResponseFields(org: OrgRuntime, issued: IssuedTokens): Promise<Record<string, string>> {
  const { id, issuedAt, signature } = await signedIdentity(org, issued);
  return present([
    ['access_token', issued.accessToken.token],
    ['signature', signature],
    ['scope', issued.accessToken.scopes.join(' ')],
    ['instance_url', issued.site.instanceUrl],
    ['id', id],
    ['token_type', 'Bearer'],
    ['issued_at', issuedAt],
    ['api_instance_url', apiInstanceUrl(org, issued.site)],
  ]);
}

/** password (reference section 7): access_token, instance_url, id, token_type, issued_at, signature; no scope, no refresh token. */
export async function passwordResponseFields(org: OrgRuntime, issued: IssuedTokens): Promise<Record<string, string>> {
  const { id, issuedAt, signature } = await signedIdentity(org, issued);
  return present([
    ['access_token', issued.accessToken.token],
    ['instance_url', issued.site.instanceUrl],
    ['id', id],
    ['token_type', 'Bearer'],
    ['issued_at', issuedAt],
    ['signature', signature],
  ]);
}

/**
 * The user-agent flow's fragment (reference section 3): access_token, refresh_token, instance_url, id,
 * issued_at, signature, scope, then id_token for `token id_token` with openid granted, and token_type
 * (the exact order is UNCONFIRMED upstream). The signature is keyed with the app's stored secret,
 * although the client never sent one.
 */
export async function userAgentFragmentFields(org: OrgRuntime, issued: IssuedTokens & { withIdToken: boolean }): Promise<Record<string, string>> {
  const { site, app, user, accessToken } = issued;
  const { id, issuedAt, signature } = await signedIdentity(org, issued);
  const idToken = issued.withIdToken && accessToken.scopes.includes('openid')
    ? await signIdToken(org, { site, app, user, scopes: accessToken.scopes, accessToken: accessToken.token, nonce: issued.nonce })
    : undefined;
  return present([
    ['access_token', accessToken.token],
    ['refresh_token', issued.refreshToken?.token],
    ['instance_url', site.instanceUrl],
    ['id', id],
    ['issued_at', issuedAt],
    ['signature', signature],
    ['scope', accessToken.scopes.join(' ')],
    ['id_token', idToken],
    ['token_type', 'Bearer'],
  ]);
}

/**
 * JWT bearer (reference section 5): access_token, scope, instance_url, id, token_type. No refresh_token,
 * and, unlike every other grant, neither issued_at nor signature.
 */
export function jwtBearerResponseFields(org: OrgRuntime, { site, user, accessToken }: IssuedTokens): Record<string, string> {
  return present([
    ['access_token', accessToken.token],
    ['scope', accessToken.scopes.join(' ')],
    ['instance_url', site.instanceUrl],
    ['id', identityUrl(org.state, site, user)],
    ['token_type', 'Bearer'],
  ]);
}
