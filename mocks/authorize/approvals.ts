/** Which apps a user has already allowed, and for which scopes. */
import type { OrgState } from '../state';

export function hasApproved(state: OrgState, userId: string, consumerKey: string, scopes: readonly string[]): boolean {
  return state.approvals.some(
    (a) => a.userId === userId && a.consumerKey === consumerKey && scopes.every((scope) => a.scopes.includes(scope)),
  );
}

export function recordApproval(state: OrgState, userId: string, consumerKey: string, scopes: readonly string[]): void {
  const existing = state.approvals.find((a) => a.userId === userId && a.consumerKey === consumerKey);
  if (existing) existing.scopes = [...new Set([...existing.scopes, ...scopes])];
  else state.approvals.push({ userId, consumerKey, scopes: [...scopes] });
}
