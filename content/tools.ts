/**
 * Prose for the token tools (revoke, introspect, UserInfo, the identity URL): what each endpoint is
 * for and its pitfalls. Keyed by the tool ids of flows/tools/types.ts (a test keeps them in step).
 */
import { cite, SPEC } from './specs';

export interface ToolProse {
  /** The tool's name on the page. */
  title: string;
  /** The request in one line. */
  request: string;
  /** What the endpoint is for. */
  purpose: string;
  pitfalls: string[];
}

export const TOOLS_INTRO =
  'Four endpoints a client uses on a token after any flow, one request each: pick a token the flow produced or paste one, see the exact request (edit it if you like), send it, and read what Salesforce says about the token.';

export const TOOLS_PROSE: Record<'revoke' | 'introspect' | 'userinfo' | 'identity', ToolProse> = {
  revoke: {
    title: 'Revoke',
    request: '`POST /services/oauth2/revoke` with `token=` in a form body (or `GET ?token=`).',
    purpose:
      'Ends a token now, for logout or when a token may have leaked. Revoking an access token ends that session; revoking a refresh token ends the approval: the refresh token and every access token issued from it.',
    pitfalls: [
      'Revoking the access token leaves its refresh token working: to log a user out of the app for good, revoke the refresh token.',
      'Salesforce also accepts `GET ?token=`, but a token in a URL is written to server logs, proxies and browser history. Prefer the POST.',
      'An already revoked or expired token is `invalid_token`: for a logout, treat that as done. An id_token is not a session and cannot be revoked (`unsupported_token_type`).',
      `Salesforce documents the error codes, not their \`error_description\` texts; the mock org makes them settings. See ${cite(SPEC.sfRevoke)}.`,
    ],
  },
  introspect: {
    title: 'Introspect',
    request: '`POST /services/oauth2/introspect` with `token=` and the app\'s `client_id` and `client_secret` (or an `Authorization: Basic` header).',
    purpose:
      'Asks whether a token is live, and for whom: `active` true with the scope, user, client and times, or a bare `{"active":false}`. The only place Salesforce tells a client when an access token expires: token responses carry no `expires_in`.',
    pitfalls: [
      'An app sees only its own tokens: another app\'s token, even a working one, is `{"active":false}` unless the admin enabled Introspect All Tokens for the caller.',
      '`token_type` is the kind of token (`access_token` or `refresh_token`), not `Bearer`; `exp`, `iat` and `nbf` are seconds, while `issued_at` in a token response is milliseconds.',
      'An access token\'s `exp` moves: it lives for the session timeout after its last use.',
      'A public client (PKCE, user-agent) has no secret to send, so it cannot introspect: `invalid_client`.',
    ],
  },
  userinfo: {
    title: 'UserInfo',
    request: '`GET /services/oauth2/userinfo` with `Authorization: Bearer <access token>`.',
    purpose:
      'The OpenID Connect way to ask who the token belongs to: standard claims (`sub`, `name`, `email`, ...) plus Salesforce\'s own (`user_id`, `organization_id`, `urls`).',
    pitfalls: [
      'A revoked or expired access token is 401 with the REST API\'s error array, `INVALID_SESSION_ID`.',
      'It takes an access token only: a refresh token or an id_token is refused.',
      'The `urls` hold a literal `{version}` for the client to fill in.',
    ],
  },
  identity: {
    title: 'Identity URL',
    request: '`GET` the `id` URL of the token response with `Authorization: Bearer <access token>` (or `?oauth_token=`).',
    purpose:
      'Salesforce\'s older "who is this" service, at the `id` URL every token response carries: username, display name, org and user IDs, and the org\'s API URLs.',
    pitfalls: [
      'The `id` URL is on the login host even when `instance_url` is a My Domain; calling it on the instance host works too.',
      'Errors are a bare code in plain text (`Bad_OAuth_Token`, `No_Oauth_Token`, `Bad_Id`), not JSON: a client that parses JSON blindly crashes here.',
      'Salesforce accepts the token as `?oauth_token=`, but a token in a URL is written to logs and history: use the header.',
    ],
  },
};
