/** The end of an authorization: a code for the callback, remembered as the user's approval. */
import { newAuthorizationCode } from '../ids';
import type { AuthorizationCode, OrgRuntime, PendingAuthorization } from '../state';
import { recordApproval } from './approvals';
import { codeCallbackUrl } from './redirects';

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

/** Issues the code and returns the callback URL carrying it; the pending authorization is used up. */
export function approve(org: OrgRuntime, pending: PendingAuthorization, userId: string): string {
  const code = issueCode(org, pending, userId);
  recordApproval(org.state, userId, pending.consumerKey, pending.scopes);
  org.state.pending.delete(pending.source);
  return codeCallbackUrl(pending.redirectUri, code.code, pending.state);
}
