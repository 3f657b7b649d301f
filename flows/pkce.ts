/**
 * PKCE (RFC 7636) with every intermediate value kept, so the page can show the derivation byte by byte.
 * Uses only Web Crypto, which exists in browsers and in Node 20.
 */

export interface PkceDerivation {
  verifier: string;
  /** ASCII code of each character of the verifier. */
  verifierBytes: number[];
  /** SHA-256 of the verifier's ASCII bytes, lower-case hex. */
  sha256Hex: string;
  /** Standard base64 of the digest, with padding. */
  sha256Base64: string;
  /** base64url of the digest without padding: the code_challenge. */
  challenge: string;
  method: 'S256';
}

const VERIFIER_RE = /^[A-Za-z0-9\-._~]{43,128}$/;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function base64ToBase64Url(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  return base64ToBase64Url(bytesToBase64(bytes));
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 32 random bytes as base64url: a 43-character verifier. */
export function generateVerifier(): string {
  return bytesToBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Why a verifier is not valid per RFC 7636 section 4.1, or undefined when it is. */
export function verifierProblem(verifier: string): string | undefined {
  if (verifier.length < 43) return `The code_verifier is ${verifier.length} characters long; RFC 7636 requires 43 to 128.`;
  if (verifier.length > 128) return `The code_verifier is ${verifier.length} characters long; RFC 7636 allows at most 128.`;
  if (!VERIFIER_RE.test(verifier)) return 'The code_verifier may only contain A-Z, a-z, 0-9 and the characters - . _ ~';
  return undefined;
}

export async function deriveChallenge(verifier: string): Promise<PkceDerivation> {
  const verifierBytes = Array.from(verifier, (c) => c.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const sha256Base64 = bytesToBase64(digest);
  return {
    verifier,
    verifierBytes,
    sha256Hex: bytesToHex(digest),
    sha256Base64,
    challenge: base64ToBase64Url(sha256Base64),
    method: 'S256',
  };
}

/** S256 check used by the mock and by the page's "challenge sent equals hash of verifier sent" check. */
export async function challengeMatches(verifier: string, challenge: string): Promise<boolean> {
  return (await deriveChallenge(verifier)).challenge === challenge;
}
