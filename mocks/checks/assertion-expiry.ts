import { InvalidGrantError } from '../errors';
import { INVALID_ASSERTION } from './assertion';

/**
 * `exp` (seconds since the epoch) must be in the future on the org's clock. Salesforce's message for a
 * past one is `expired authorization code`. A far-future value passes: the Salesforce CLI sends
 * milliseconds (reference section 5). No numeric exp at all is `invalid assertion`.
 */
export function checkAssertionExpiry(exp: unknown, nowMs: number): void {
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new InvalidGrantError(INVALID_ASSERTION);
  if (exp * 1000 <= nowMs) throw new InvalidGrantError('expired authorization code');
}
