/**
 * What the compare view says of each playground flow beyond what its definition shows: what the client
 * holds, what crosses the browser or the device, what comes back, what the person does, and what an
 * attacker gets with each thing stolen or intercepted. One entry per flow; rows are built from these and
 * from the definitions (compare.ts), never written per pair.
 */
import type { PlaygroundFlowId } from './catalogue';

export type Holding = 'consumer-secret' | 'private-key' | 'refresh-token' | 'password' | 'access-token';
export type FrontValue = 'code' | 'fragment-tokens' | 'user-code';
export type Exposed = Holding | FrontValue;

export interface FlowFacts {
  /** The steps of the definition that get the first token: from `from` (the first step by default) to `to`. */
  tokenSteps: { from?: string; to: string };
  /** What the client keeps beyond one request. */
  holds: readonly Holding[];
  /** What passes through the person's browser or second device. */
  frontChannel: readonly FrontValue[];
  returns: { access: string; refresh: string; idToken: string };
  personDoes: string;
  /** For each thing held or passing the front channel (and a consumer secret a public client must not ship): what an attacker gets. */
  ifTaken: Partial<Record<Exposed, string>>;
}

const OPAQUE = 'Opaque (`00D…!…`), or a JWT if the app issues JWT-based access tokens.';
const ACCESS_TAKEN = 'The API as the user until the session ends (two hours of inactivity by default) or the token is revoked.';
const NO_SECRET_IN_BUNDLE = 'There is none to take, and none must ship: a consumer secret in a single-page, mobile or device app is public and proves nothing.';

export const FLOW_FACTS: Record<PlaygroundFlowId, FlowFacts> = {
  'web-server': {
    tokenSteps: { to: 'exchange-code' },
    holds: ['consumer-secret', 'refresh-token', 'access-token'],
    frontChannel: ['code'],
    returns: { access: OPAQUE, refresh: 'With the `refresh_token` scope.', idToken: 'With `openid`: a signed JWT.' },
    personDoes: 'Signs in on Salesforce\'s page and clicks Allow.',
    ifTaken: {
      code: 'Nothing on its own: redeeming it takes the consumer secret (and the `code_verifier` with PKCE). It works once, for minutes.',
      'consumer-secret': 'With a stolen code or refresh token, that user\'s tokens; alone, nothing, since every token starts with a person signing in. Rotate it.',
      'refresh-token': 'New access tokens only with the consumer secret as well ("Require secret for Refresh Token Flow"); with rotation, one use before the family is revoked.',
      'access-token': ACCESS_TAKEN,
    },
  },
  'web-server-pkce': {
    tokenSteps: { to: 'exchange-code' },
    holds: ['refresh-token', 'access-token'],
    frontChannel: ['code'],
    returns: { access: OPAQUE, refresh: 'With the `refresh_token` scope.', idToken: 'With `openid`: a signed JWT.' },
    personDoes: 'Signs in on Salesforce\'s page and clicks Allow.',
    ifTaken: {
      code: 'Nothing without the `code_verifier`, which never left the app instance that asked for the code.',
      'consumer-secret': NO_SECRET_IN_BUNDLE,
      'refresh-token': 'New access tokens from anywhere, no secret needed: with rotation a stolen one works once before the family is revoked, and the 30-day idle limit ends the rest.',
      'access-token': ACCESS_TAKEN,
    },
  },
  'user-agent': {
    tokenSteps: { to: 'parse-fragment' },
    holds: ['access-token'],
    frontChannel: ['fragment-tokens'],
    returns: { access: OPAQUE, refresh: 'With the `refresh_token` scope, in the fragment too.', idToken: 'With `response_type=token id_token` and `openid`.' },
    personDoes: 'Signs in on Salesforce\'s page and clicks Allow.',
    ifTaken: {
      'fragment-tokens': 'The access token itself, and the refresh token if one was asked for: the fragment stays in the browser\'s history, and any script on the page can read it.',
      'consumer-secret': NO_SECRET_IN_BUNDLE,
      'access-token': ACCESS_TAKEN,
    },
  },
  'refresh-token': {
    tokenSteps: { from: 'refresh', to: 'refresh' },
    holds: ['refresh-token', 'access-token'],
    frontChannel: [],
    returns: { access: OPAQUE, refresh: 'A new one only with rotation on; otherwise the same one keeps working.', idToken: 'When the first sign-in asked for `openid`.' },
    personDoes: 'Nothing: they signed in once, earlier.',
    ifTaken: {
      'refresh-token': 'New access tokens from anywhere until it expires or is revoked, unless the secret is required; with rotation, the next refresh by either side revokes the whole family.',
      'access-token': ACCESS_TAKEN,
    },
  },
  'client-credentials': {
    tokenSteps: { to: 'request-token' },
    holds: ['consumer-secret', 'access-token'],
    frontChannel: [],
    returns: { access: OPAQUE, refresh: 'Never: `refresh_token` is dropped from this flow.', idToken: 'Never.' },
    personDoes: 'Nothing: the token is the Run As user\'s.',
    ifTaken: {
      'consumer-secret': 'Tokens as the Run As user, at will and from anywhere, until the secret is rotated: keep that user\'s permissions minimal and its IP ranges tight.',
      'access-token': 'The API as the Run As user until the session ends or the token is revoked.',
    },
  },
  'jwt-bearer': {
    tokenSteps: { to: 'request-token' },
    holds: ['private-key', 'access-token'],
    frontChannel: [],
    returns: { access: OPAQUE, refresh: 'Never; the response has no `issued_at` or `signature` either.', idToken: 'Never.' },
    personDoes: 'Nothing: an admin pre-authorized them, or they approved the app once in a flow that issued a refresh token.',
    ifTaken: {
      'private-key': 'Assertions for any pre-authorized user of the app, until a new certificate replaces the one on the app.',
      'access-token': ACCESS_TAKEN,
    },
  },
  'username-password': {
    tokenSteps: { to: 'request-token' },
    holds: ['password', 'consumer-secret', 'access-token'],
    frontChannel: [],
    returns: { access: OPAQUE, refresh: 'Never.', idToken: 'Never.' },
    personDoes: 'Hands their password and security token to the client, which sends them.',
    ifTaken: {
      password: 'The person\'s account itself, wherever the password works; this flow asks for no second factor.',
      'consumer-secret': 'With a password, that person\'s tokens.',
      'access-token': ACCESS_TAKEN,
    },
  },
  device: {
    tokenSteps: { to: 'poll-tokens' },
    holds: ['refresh-token', 'access-token'],
    frontChannel: ['user-code'],
    returns: { access: OPAQUE, refresh: 'With the `refresh_token` scope.', idToken: 'With `openid`.' },
    personDoes: 'Reads a code off the device, types it on a phone or laptop, signs in there and allows.',
    ifTaken: {
      'user-code': 'Device code phishing: an attacker starts the flow with the app\'s consumer key and talks a person into typing the attacker\'s code; the person\'s tokens, refresh token included, go to the attacker\'s device.',
      'consumer-secret': NO_SECRET_IN_BUNDLE,
      'refresh-token': 'The person\'s access from anywhere, for as long as it lives: revoke it when the device is lost, and keep rotation on.',
      'access-token': ACCESS_TAKEN,
    },
  },
};
