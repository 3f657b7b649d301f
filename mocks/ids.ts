/** Salesforce record IDs and the random values the org hands out. */
import { bytesToBase64 } from '@/flows/pkce';

const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The case-safe 18-character form of a 15-character ID: for each 5-character chunk, a bit per
 * upper-case letter (first character = lowest bit) picks one suffix character.
 */
export function toId18(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return id15 + suffix;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';

function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** Random characters of the kind Salesforce uses in opaque tokens. */
export function randomTokenChars(length: number): string {
  return Array.from(randomBytes(length), (b) => TOKEN_ALPHABET.charAt(b % TOKEN_ALPHABET.length)).join('');
}

/** An authorization code shaped like Salesforce's: "aPrx" then standard base64 ending in "==". */
export function newAuthorizationCode(): string {
  return `aPrx${bytesToBase64(randomBytes(31))}`;
}

export function newAccessToken(org15: string): string {
  return `${org15}!AQ0AQ${randomTokenChars(100)}`;
}

export function newRefreshToken(): string {
  return `5Aep861${randomTokenChars(80)}`;
}

/** Opaque handle for a pending authorization (the `source` of the consent page). */
export function newOpaqueId(): string {
  return randomTokenChars(48);
}

const USER_CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A device flow user code like Salesforce's ("6VL44ZGC"): 8 upper-case letters and digits. */
export function newUserCode(): string {
  return Array.from(randomBytes(8), (b) => USER_CODE_ALPHABET.charAt(b % USER_CODE_ALPHABET.length)).join('');
}

/** A device code: long and opaque, only the device ever sees it. */
export function newDeviceCode(): string {
  return `M0${bytesToBase64(randomBytes(48)).replace(/[+/=]/g, '')}`;
}
