/**
 * A JWT laid out for teaching: its three base64url parts each decoded, and every header parameter or
 * claim with its meaning and, for time claims, the instant as a date and relative to a given clock.
 */
import { base64url } from 'jose';
import { decodeJwt, describeTime } from './jwt';
import { JWT_CLAIMS, type ClaimInfo } from './jwt-claims';
import { jsonText } from './json';
import { bytesToHex } from './pkce';

export interface JwtParts {
  header: { encoded: string; json: Record<string, unknown> };
  payload: { encoded: string; json: Record<string, unknown> };
  /** Not JSON: raw signature bytes. */
  signature: { encoded: string; byteLength: number; hex: string };
  /** The exact ASCII text the signature covers: the first two parts joined by a dot. */
  signingInput: string;
}

/** Throws, like decodeJwt, when the token is not three base64url parts holding JSON. */
export function jwtParts(token: string): JwtParts {
  const { header, payload, parts } = decodeJwt(token);
  const bytes = base64url.decode(parts.signature);
  return {
    header: { encoded: parts.header, json: header },
    payload: { encoded: parts.payload, json: payload },
    signature: { encoded: parts.signature, byteLength: bytes.length, hex: bytesToHex(bytes) },
    signingInput: `${parts.header}.${parts.payload}`,
  };
}

export interface ClaimRow {
  name: string;
  /** Strings as they are, anything else as JSON. */
  value: string;
  /** What the claim means, when the dictionary knows it. */
  info?: ClaimInfo;
  /** For a time claim: the instant as an ISO date, and relative to the clock given. */
  time?: { iso: string; relative: string };
}

/**
 * The seconds since the epoch a time claim stands for. Numbers are seconds (RFC 7519 NumericDate);
 * an ISO 8601 string is read as a date, since Salesforce sends updated_at that way.
 */
export function claimSeconds(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/**
 * One row per claim (or header parameter), in the token's order. `now` is in seconds since the epoch;
 * pass the clock of the server that issued the token to see the times as it does.
 */
export function claimRows(claims: Record<string, unknown>, now: number, dictionary: Record<string, ClaimInfo> = JWT_CLAIMS): ClaimRow[] {
  return Object.entries(claims).map(([name, value]) => {
    const info = Object.hasOwn(dictionary, name) ? dictionary[name] : undefined;
    const seconds = info?.time ? claimSeconds(value) : undefined;
    return {
      name,
      value: jsonText(value),
      ...(info && { info }),
      ...(seconds !== undefined && { time: describeTime(seconds, now) }),
    };
  });
}
