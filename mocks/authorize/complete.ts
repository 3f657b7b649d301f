/** The end of an authorization: a code for the callback, or the tokens in its fragment, remembered as the user's approval. */
import { findApp, findUserById } from '../directory';
import { InvalidRequestError } from '../errors';
import { newAuthorizationCode } from '../ids';
import type { Site } from '../site';
import type { AuthorizationCode, OrgRuntime, PendingAuthorization } from '../state';
import { userAgentFragmentFields } from '../tokens/response';
import { issueAccessToken, issueRefreshToken } from '../tokens/store';
import { recordApproval } from './approvals';
import { codeCallbackUrl, tokenCallbackUrl } from './redirects';

const REFRESH_SCOPES = ['refresh_token', 'offline_access'];

function issueCode(org: OrgRuntime, pending: PendingAuthorization, userId: string): AuthorizationCode {
  const code: AuthorizationCode = {
    code: newAuthorizationCode(),
    consumerKey: pending.consumerKey,
    userId,
    scopes: pending.scopes,
    redirectUri: pending.redirectUri,
    codeChallenge: pending.codeChallenge,
    codeChallengeMethod: pending.codeChallengeMethod,
    nonce: pending.nonce,
    issuedAt: org.now(),
  };
  org.state.codes.set(code.code, code);
  return code;
}

/** The user-agent flow: the tokens themselves, with a refresh token only when a refresh scope was granted. */
async function tokenFragment(org: OrgRuntime, site: Site, pending: PendingAuthorization, userId: string): Promise<string> {
  const app = findApp(org.state, site, pending.consumerKey);
  const user = findUserById(org.state, userId);
  if (!app || !user) throw new InvalidRequestError('expired authorization request', { mayRedirect: false });
  const subject = { consumerKey: app.consumerKey, userId: user.id15, scopes: pending.scopes };
  const refreshToken = pending.scopes.some((s) => REFRESH_SCOPES.includes(s)) ? issueRefreshToken(org, subject) : undefined;
  const accessToken = issueAccessToken(org, subject, refreshToken?.familyId);
  const withIdToken = pending.responseType === 'token id_token';
  const fields = await userAgentFragmentFields(org, { site, app, user, accessToken, refreshToken, nonce: pending.nonce, withIdToken });
  return tokenCallbackUrl(pending.redirectUri, fields, pending.state);
}

/** Issues the code (or the tokens) and returns the callback URL carrying it; the pending authorization is used up. */
export async function approve(org: OrgRuntime, site: Site, pending: PendingAuthorization, userId: string): Promise<string> {
  const callback = pending.responseType === 'code'
    ? codeCallbackUrl(pending.redirectUri, issueCode(org, pending, userId).code, pending.state)
    : await tokenFragment(org, site, pending, userId);
  recordApproval(org.state, userId, pending.consumerKey, pending.scopes);
  org.state.pending.delete(pending.source);
  return callback;
}
