/**
 * The front channel every browser flow shares: the authorization URL on the login host, the browser's
 * visit to Salesforce, and the check of what came back against the state sent.
 */
import { callbackErrorFrom, validationError } from '../errors';
import { withQuery } from '../http';
import { failed } from '../outcomes';
import { bytesToBase64Url } from '../pkce';
import { loginUrl, required, type FormPairs } from '../requests';
import type { Arrow, FlowInputs, HttpStep, ResponseContext, StepFailed, StepOk } from '../types';
import { callbackFrom } from './front-channel';

export function randomValue(): string {
  return bytesToBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

/** What the client remembers between sending the browser to Salesforce and its return. */
export interface Authorization {
  url: string;
  state: string;
  nonce: string;
}

export interface AuthorizingState {
  inputs: FlowInputs;
  authorization?: Authorization;
  /** Where the browser landed, query and fragment kept. */
  callbackUrl?: string;
}

/**
 * The /authorize URL on the login host as typed (a trailing slash dropped) with the client's parameters,
 * a fresh state and nonce, then `extra` (PKCE's challenge).
 */
export function newAuthorization(inputs: FlowInputs, responseType: string, extra: FormPairs = []): Authorization {
  const chosen = { state: randomValue(), nonce: randomValue() };
  const url = withQuery(loginUrl(inputs.loginHost, '/services/oauth2/authorize'), [
    ['response_type', responseType],
    ['client_id', inputs.clientId],
    ['redirect_uri', inputs.redirectUri],
    ['scope', inputs.scope],
    ['state', chosen.state],
    ['nonce', chosen.nonce],
    ...extra,
  ]);
  return { ...chosen, url };
}

interface AuthorizeOptions<S> {
  title: string;
  arrows: readonly Arrow[];
  /** The next state and what to say, once Salesforce sent the browser back to `callbackUrl`. */
  landed(state: S, callbackUrl: string, context: ResponseContext): StepOk<S>;
}

/** The browser visits the authorization URL, signs in and approves, and stops at the redirect out of Salesforce. */
export function authorizeStep<S extends AuthorizingState>({ title, arrows, landed }: AuthorizeOptions<S>): HttpStep<S> {
  return {
    id: 'authorize',
    title,
    kind: 'front-channel',
    from: 'browser',
    to: 'auth',
    message: 'GET /services/oauth2/authorize',
    arrows,
    request: (state) => ({ method: 'GET', url: required(state.authorization, 'The authorization URL').url, headers: [] }),
    async process(response, state, context) {
      const landing = callbackFrom('authorize', response, context.url);
      if ('error' in landing) return failed(landing.error);
      return landed(state, landing.callbackUrl, context);
    },
  };
}

/** Who checks the state and what it must not use when it is not the one sent. */
const CHECKED_BY = {
  query: { carrier: 'The callback', who: 'this client', result: 'the result' },
  fragment: { carrier: 'The fragment', who: 'this page', result: 'the tokens (they could be an attacker\'s)' },
} as const;

/**
 * The state that came back in the callback's query or fragment against the one sent (a `state_mismatch`
 * otherwise), then an `error` there as a typed callback error; undefined when the callback may be used.
 */
export function callbackProblem(stepId: string, state: AuthorizingState, where: 'query' | 'fragment', notes: string[] = []): StepFailed | undefined {
  const callbackUrl = required(state.callbackUrl, 'The callback URL');
  const landed = new URL(callbackUrl);
  const params = where === 'query' ? landed.searchParams : new URLSearchParams(landed.hash.slice(1));
  const sent = required(state.authorization, 'The authorization request').state;
  const returned = params.get('state');
  const { carrier, who, result } = CHECKED_BY[where];
  if (returned !== sent) {
    const message = `${carrier} carries state ${JSON.stringify(returned)} but ${who} sent ${JSON.stringify(sent)}: it did not start this login, so it must not use ${result}.`;
    return failed(validationError(stepId, 'state_mismatch', message, 'state'), notes.length > 0 ? notes : undefined);
  }
  const error = callbackErrorFrom(stepId, callbackUrl);
  if (error) return failed(error, [...notes, `state matches: the error really answers ${who}'s request.`]);
  return undefined;
}
