import { describe, expect, it } from 'vitest';
import { challengeMatches, comparePkce, deriveChallenge, generateVerifier, verifierProblem } from './pkce';

// RFC 7636 appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('deriveChallenge', () => {
  it('reproduces every intermediate of RFC 7636 appendix B', async () => {
    const derivation = await deriveChallenge(VERIFIER);
    expect(derivation.verifierBytes.slice(0, 8)).toEqual([100, 66, 106, 102, 116, 74, 101, 90]);
    expect(derivation.verifierBytes).toHaveLength(43);
    expect(derivation.sha256Hex).toBe('13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3');
    expect(derivation.sha256Base64).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM=');
    expect(derivation.challenge).toBe(CHALLENGE);
    expect(derivation.method).toBe('S256');
  });

  it('matches a challenge only with its own verifier', async () => {
    expect(await challengeMatches(VERIFIER, CHALLENGE)).toBe(true);
    expect(await challengeMatches(`${VERIFIER.slice(0, -1)}Y`, CHALLENGE)).toBe(false);
  });
});

describe('verifiers', () => {
  it('generates 43 base64url characters, different each time', () => {
    const first = generateVerifier();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateVerifier()).not.toBe(first);
    expect(verifierProblem(first)).toBeUndefined();
  });

  it('explains why a verifier is refused', () => {
    expect(verifierProblem('short')).toBe('The code_verifier is 5 characters long; RFC 7636 requires 43 to 128.');
    expect(verifierProblem('a'.repeat(129))).toBe('The code_verifier is 129 characters long; RFC 7636 allows at most 128.');
    expect(verifierProblem(`${'a'.repeat(42)}+`)).toBe('The code_verifier may only contain A-Z, a-z, 0-9 and the characters - . _ ~');
  });
});

describe('comparePkce', () => {
  it('matches the challenge sent with the hash of the verifier sent', async () => {
    const result = await comparePkce({ challenge: CHALLENGE, method: 'S256', verifier: VERIFIER });
    expect(result).toMatchObject({ status: 'match', challenge: CHALLENGE, verifier: VERIFIER, notes: [] });
    expect(result.status === 'match' && result.derivation.challenge).toBe(CHALLENGE);
  });

  it('shows what the edited verifier hashes to, and why a server refuses it', async () => {
    const edited = `${VERIFIER.slice(0, -1)}Y`;
    const result = await comparePkce({ challenge: CHALLENGE, method: 'S256', verifier: edited });
    expect(result.status).toBe('mismatch');
    expect(result.status === 'mismatch' && result.derivation.challenge).not.toBe(CHALLENGE);
    expect(result.summary).toMatch(/^base64url\(SHA-256\(code_verifier sent\)\) is [\w-]{43}, not the code_challenge sent \(E9Mel.*invalid code verifier\)\.$/);
  });

  it('says what is missing when either side was not sent, and notes a method other than S256 and a malformed verifier', async () => {
    expect((await comparePkce({ verifier: VERIFIER })).status).toBe('incomplete');
    expect((await comparePkce({ verifier: VERIFIER })).summary).toMatch(/no code_challenge/);
    expect((await comparePkce({ challenge: CHALLENGE, method: 'S256' })).summary).toMatch(/no code_verifier/);
    const plain = await comparePkce({ challenge: CHALLENGE, method: 'plain', verifier: 'short' });
    expect(plain.status).toBe('mismatch');
    expect(plain.notes).toEqual([
      'The code_verifier is 5 characters long; RFC 7636 requires 43 to 128.',
      'code_challenge_method is plain; Salesforce accepts only S256, which this check uses.',
    ]);
    expect((await comparePkce({ challenge: CHALLENGE, verifier: VERIFIER })).notes[0]).toMatch(/^No code_challenge_method/);
  });
});
