/** Using an access token: the identity URL and a REST API query, for any flow that ends with tokens. */
import { responseError, validationError } from '../errors';
import type { WireResponse } from '../http';
import { jsonObject } from '../json';
import { failed } from '../outcomes';
import { bearerGet, required } from '../requests';
import type { HttpStep, StepOutcome } from '../types';
import type { TokenClientState } from './state';

const ACCOUNT_QUERY = 'SELECT+Id,Name+FROM+Account+LIMIT+5';

export function accessToken(state: TokenClientState): string {
  return required(state.tokens, 'The tokens').accessToken;
}

export function queryUrl(state: TokenClientState): string {
  const { instanceUrl } = required(state.tokens, 'The tokens');
  return `${instanceUrl}/services/data/v${state.inputs.apiVersion}/query?q=${ACCOUNT_QUERY}`;
}

/** A 200 JSON object kept under `key`, or the typed error the response carries. */
export function keepJson<S extends TokenClientState, K extends string>(
  stepId: string,
  response: WireResponse,
  state: S,
  key: K,
  notes: (json: Record<string, unknown>) => string[],
): StepOutcome<S> {
  if (response.status !== 200) return failed(responseError(stepId, response));
  const json = jsonObject(response.body);
  if (!json) return failed(validationError(stepId, 'unexpected_response', 'The response is not a JSON object.'));
  return { ok: true, state: { ...state, [key]: json }, notes: notes(json) };
}

export function field(json: Record<string, unknown>, name: string): string {
  return JSON.stringify(json[name] ?? null);
}

/** GET {id}: who the token belongs to; `whose` adds a line on what that means in this flow. */
export function identityStep<S extends TokenClientState>(title: string, whose?: string): HttpStep<S> {
  return {
    id: 'identity',
    title,
    kind: 'back-channel',
    from: 'client',
    to: 'auth',
    message: 'GET {id} with Bearer access_token',
    reply: 'user, org and API URLs',
    request: (state) => bearerGet(required(state.tokens, 'The tokens').id, accessToken(state)),
    process: async (response, state) =>
      keepJson('identity', response, state, 'identity', (json) => [
        `username ${field(json, 'username')}, display_name ${field(json, 'display_name')}.`,
        ...(whose ? [whose] : []),
        'The urls map holds the org\'s API endpoints, with a literal {version} for the client to fill in.',
      ]),
  };
}

export function restQueryStep<S extends TokenClientState>(): HttpStep<S> {
  return {
    id: 'rest-query',
    title: 'Call the REST API: query five accounts',
    kind: 'back-channel',
    from: 'client',
    to: 'api',
    message: 'GET {instance_url}/services/data/vXX.X/query?q=SELECT...',
    reply: 'records',
    request: (state) => bearerGet(queryUrl(state), accessToken(state)),
    process: async (response, state) =>
      keepJson('rest-query', response, state, 'queryResult', (json) => [
        `totalSize ${field(json, 'totalSize')}: the API call goes to instance_url, not to the login host.`,
      ]),
  };
}
