/**
 * Tampering with a signed ID token to see which check catches it: change one claim, keep the header
 * and the signature, verify the result again. Nothing here touches a flow's state.
 */
import { decodeJwt, tamperJwt, verifyIdToken, type IdTokenExpectations, type Jwks, type JwtCheck } from './jwt';
import { jsonText } from './json';

export type ParsedClaim = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads what the user typed as a new value for a claim, keeping the claim's JSON type: a number stays
 * a number (exp, iat), an object or array is read as JSON, a string is taken as typed.
 */
export function parseClaimInput(original: unknown, text: string): ParsedClaim {
  if (typeof original === 'string' || original === undefined) return { ok: true, value: text };
  if (typeof original === 'number') {
    const value = Number(text.trim());
    return text.trim() !== '' && Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `${JSON.stringify(text)} is not a number.` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `${JSON.stringify(text)} is not valid JSON.` };
  }
}

/**
 * A plausible forgery to start from: a number one hour later (an exp pushed back), a boolean flipped
 * (email_verified), a string with its last character changed (another user's identity URL in sub).
 */
export function suggestTamperedValue(value: unknown): string {
  if (typeof value === 'number') return String(value + 3600);
  if (typeof value === 'boolean') return String(!value);
  if (typeof value === 'string') return `${value.slice(0, -1)}${value.endsWith('X') ? 'Y' : 'X'}`;
  return jsonText(value);
}

export interface TamperResult {
  claim: string;
  before: string;
  after: string;
  /** header.alteredPayload.originalSignature */
  token: string;
  checks: JwtCheck[];
  /** The checks that fail on the altered token: at least the signature, unless the value did not change. */
  failed: JwtCheck[];
}

/** Changes one claim of the token and runs every ID token check again on the result. */
export async function tamperAndVerify(
  token: string,
  claim: string,
  value: unknown,
  jwks: Jwks,
  expected: IdTokenExpectations,
): Promise<TamperResult> {
  const before = decodeJwt(token).payload[claim];
  const tampered = tamperJwt(token, { [claim]: value });
  const checks = await verifyIdToken(tampered, jwks, expected);
  return {
    claim,
    before: jsonText(before),
    after: jsonText(value),
    token: tampered,
    checks,
    failed: checks.filter((c) => !c.ok),
  };
}
