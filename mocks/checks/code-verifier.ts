import { challengeMatches } from '@/flows/pkce';
import { InvalidGrantError } from '../errors';
import type { AuthorizationCode } from '../state';

/** When authorize carried a code_challenge, the token request must carry the verifier that hashes to it. */
export async function checkCodeVerifier(code: AuthorizationCode, verifier: string | undefined): Promise<void> {
  if (code.codeChallenge === undefined) return;
  const matches =
    verifier !== undefined &&
    (code.codeChallengeMethod === 'S256' ? await challengeMatches(verifier, code.codeChallenge) : verifier === code.codeChallenge);
  if (!matches) throw new InvalidGrantError('invalid code verifier');
}
