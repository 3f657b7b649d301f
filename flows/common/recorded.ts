/**
 * What the teaching panels read from the recorded exchanges of a flow run: the requests as
 * actually sent (the user may have edited them) and the responses as actually received.
 */
import type { Exchange } from '../http';
import type { Jwks } from '../jwt';
import { jsonObject } from '../json';
import type { PkceSent } from '../pkce';

function stepExchanges(exchanges: readonly Exchange[], stepId: string): Exchange[] {
  return exchanges.filter((e) => e.stepId === stepId);
}

/** The JSON object a step's last response carried, when it carried one. */
export function recordedJson(exchanges: readonly Exchange[], stepId: string): Record<string, unknown> | undefined {
  const body = stepExchanges(exchanges, stepId).at(-1)?.response?.body;
  return body === undefined ? undefined : jsonObject(body);
}

/** The key set /id/keys answered with in the verify-id-token step. */
export function recordedJwks(exchanges: readonly Exchange[]): Jwks | undefined {
  const json = recordedJson(exchanges, 'verify-id-token');
  return json && Array.isArray(json.keys) ? (json as unknown as Jwks) : undefined;
}

/**
 * The code_challenge of the authorization request (the browser's first hop) and the code_verifier of
 * the token request, as sent; undefined until the token request has gone out.
 */
export function sentPkce(exchanges: readonly Exchange[]): PkceSent | undefined {
  const token = stepExchanges(exchanges, 'exchange-code').at(-1);
  if (!token) return undefined;
  const authorize = stepExchanges(exchanges, 'authorize')[0];
  const query = authorize ? new URL(authorize.request.url).searchParams : new URLSearchParams();
  const body = new URLSearchParams(token.request.body ?? '');
  return {
    challenge: query.get('code_challenge') ?? undefined,
    method: query.get('code_challenge_method') ?? undefined,
    verifier: body.get('code_verifier') ?? undefined,
  };
}
