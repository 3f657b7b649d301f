import { InvalidScopeError } from '../errors';
import type { ConnectedApp } from '../state';

/** The requested scopes (all of the app's when none are asked for), each of which must be on the app. */
export function grantedScopes(app: ConnectedApp, requested: string | undefined): string[] {
  if (requested === undefined) return [...app.scopes];
  const scopes = [...new Set(requested.split(/\s+/).filter(Boolean))];
  const unknown = scopes.filter((scope) => !app.scopes.includes(scope));
  if (unknown.length > 0) throw new InvalidScopeError(`the requested scope is not allowed: ${unknown.join(' ')}`);
  return scopes;
}
