/**
 * The JWT bearer grant's assertion as the token endpoint first reads it: three base64url parts of JSON.
 * Anything else is `invalid assertion` (reference section 5), before the app is even looked up.
 */
import { decodeJwt } from '@/flows/jwt';
import { InvalidGrantError } from '../errors';
import type { Params } from '../http/params';

export const INVALID_ASSERTION = 'invalid assertion';

export interface Assertion {
  token: string;
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

export function readAssertion(params: Params): Assertion {
  const token = params.get('assertion');
  if (token === undefined) throw new InvalidGrantError(INVALID_ASSERTION);
  try {
    const { header, payload } = decodeJwt(token);
    return { token, header, claims: payload };
  } catch {
    throw new InvalidGrantError(INVALID_ASSERTION);
  }
}

/** `iss` names the client: the app's consumer key. */
export function assertionIssuer(params: Params): string | undefined {
  const { iss } = readAssertion(params).claims;
  return typeof iss === 'string' ? iss : undefined;
}
