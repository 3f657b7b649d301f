import { describe, expect, it } from 'vitest';
import { challengeMatches, deriveChallenge, generateVerifier, verifierProblem } from './pkce';

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
