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

/** The PKCE values as they actually went over the wire, which the user may have edited. */
export interface PkceSent {
  /** code_challenge of the authorization request; undefined when it carried none. */
  challenge?: string;
  /** code_challenge_method of the authorization request. */
  method?: string;
  /** code_verifier of the token request; undefined when it carried none. */
  verifier?: string;
}

export type PkceComparison =
  | { status: 'match' | 'mismatch'; challenge: string; verifier: string; method?: string; derivation: PkceDerivation; summary: string; notes: string[] }
  | { status: 'incomplete'; challenge?: string; verifier?: string; method?: string; summary: string; notes: string[] };

function methodNotes(method: string | undefined): string[] {
  if (method === 'S256') return [];
  if (method === undefined) return ['No code_challenge_method was sent: RFC 7636 then means plain, which Salesforce does not accept; this check uses S256.'];
  return [`code_challenge_method is ${method}; Salesforce accepts only S256, which this check uses.`];
}

/**
 * The server's PKCE check (RFC 7636 section 4.6) redone on what was sent: does base64url(SHA-256 of
 * the verifier sent to /token) equal the challenge sent to /authorize?
 */
export async function comparePkce(sent: PkceSent): Promise<PkceComparison> {
  const { challenge, verifier, method } = sent;
  const notes = methodNotes(method);
  if (challenge === undefined || verifier === undefined) {
    const summary =
      challenge === undefined
        ? 'The authorization request carried no code_challenge, so nothing binds the code to a verifier: PKCE is not protecting it.'
        : 'The token request carried no code_verifier, so the server cannot check the code_challenge: Salesforce refuses the code.';
    return { status: 'incomplete', challenge, verifier, method, summary, notes };
  }
  const derivation = await deriveChallenge(verifier);
  const problem = verifierProblem(verifier);
  const allNotes = problem ? [problem, ...notes] : notes;
  if (derivation.challenge === challenge) {
    const summary = 'base64url(SHA-256(code_verifier sent)) equals the code_challenge sent: whoever redeemed the code also started the login.';
    return { status: 'match', challenge, verifier, method, derivation, summary, notes: allNotes };
  }
  const summary =
    `base64url(SHA-256(code_verifier sent)) is ${derivation.challenge}, not the code_challenge sent (${challenge}): ` +
    'the server must refuse the code (Salesforce answers invalid_grant, invalid code verifier).';
  return { status: 'mismatch', challenge, verifier, method, derivation, summary, notes: allNotes };
}
