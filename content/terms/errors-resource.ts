/** Errors after the token is issued: the REST API (JSON array bodies) and the revocation endpoint. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineError as error } from './define';

const REST_401 = 'HTTP 401 with a JSON array body: `[{"message":"...","errorCode":"INVALID_SESSION_ID"}]`.';

export const RESOURCE_ERRORS: GlossaryEntry[] = [
  error({
    term: 'INVALID_SESSION_ID',
    summary: 'The REST API refused the access token; the `message` says whether refreshing can help.',
    detail: `${REST_401} The SOAP API reports the same code as a fault.`,
    cause: 'The token expired, was revoked or is malformed (`Session expired or invalid`), or it is valid but not allowed on the REST API (`This session is not valid for use with the REST API`).',
    fix: 'Read the `message`: refresh and retry once for the first; for the second, fix the scopes instead.',
    spec: SPEC.bearerErrors,
  }),
  error({
    term: 'INVALID_SESSION_ID: Session expired or invalid',
    summary: 'The access token is no longer valid, or never was.',
    detail: `${REST_401} Salesforce does not document a \`WWW-Authenticate\` header on this response.`,
    cause: 'The session timed out (2 hours of inactivity by default, no `expires_in` warned about it), the token or its refresh token was revoked, or the header carries a truncated or wrong token.',
    fix: 'Refresh the access token and retry the call once; if the refresh fails too, send the user through the flow again.',
    spec: SPEC.bearerErrors,
  }),
  error({
    term: 'INVALID_SESSION_ID: This session is not valid for use with the REST API',
    summary: 'The access token is valid, but not for the REST API.',
    detail: `${REST_401} Refreshing does not help: the new token has the same scopes, which is why jsforce does not refresh on this message.`,
    cause: 'The token was granted without the `api` scope (or `full`).',
    fix: 'Add `api` to the app\'s scopes and to the `scope` parameter, then have the user authorize again.',
    spec: SPEC.sfScopes,
  }),
  error({
    term: 'MALFORMED_QUERY',
    summary: 'The REST API could not parse the SOQL in the `q` parameter (HTTP 400).',
    detail: 'The token was accepted: this error is about the query, not about OAuth.',
    cause: 'A SOQL syntax error, or a `q` value that was not URL-encoded so part of the query was lost.',
    fix: 'Fix the SOQL and URL-encode it as the `q` query parameter.',
  }),
  error({
    term: 'NOT_FOUND',
    summary: 'The REST API has no resource at this path (HTTP 404, in the same JSON array shape as other REST errors).',
    detail: 'The token is not the problem: the path is. An unknown API version answers the same way.',
    cause: 'A typo in the path, an API version the org does not serve, or `instance_url` and the path joined with a missing or doubled slash.',
    fix: 'List the versions with `GET /services/data/` and build the URL from `instance_url` plus a path that starts with `/services/data/vXX.X/`.',
  }),
  error({
    term: 'METHOD_NOT_ALLOWED',
    summary: 'The REST API serves this path, but not with this HTTP method (HTTP 405, with the methods it takes in `Allow`).',
    detail: 'The token is not the problem: the request is. The message lists the methods the resource accepts.',
    cause: 'A PUT, DELETE or POST to a resource that only reads, such as `query` or `limits`, or a method a proxy rewrote.',
    fix: 'Use one of the methods named in the message and the `Allow` header (GET for a query).',
  }),
  error({
    term: 'UNKNOWN_EXCEPTION',
    summary: 'Salesforce failed on its side while handling the request (HTTP 500).',
    detail: 'The message asks to quote an ErrorId to Salesforce Support. The mock org answers this way only for a fault of its own, which its tests treat as a bug.',
    cause: 'An internal error or an outage at Salesforce, not something in the request.',
    fix: 'Retry later with backoff; if it persists, open a case with Salesforce Support quoting the ErrorId.',
  }),
  error({
    term: 'invalid_token',
    summary: 'Revocation: the token sent is not valid (HTTP 400).',
    detail:
      'Salesforce documents the code but not the exact `error_description`. The JSONP form of the revoke call reports it as `callback({"error":"invalid_token"})`. RFC 6750 uses the same code for an invalid bearer token at an API.',
    cause: 'The token was already revoked or has expired, or it is truncated or mistyped.',
    fix: 'Nothing is left to revoke if the token is already invalid: treat the revocation as done, and discard the token.',
    spec: SPEC.sfRevoke,
  }),
  error({
    term: 'unsupported_token_type',
    summary: 'Revocation: Salesforce cannot revoke this kind of token (HTTP 400).',
    detail: 'Salesforce documents the code but not the exact `error_description`.',
    cause: 'The value sent as `token` is not an OAuth access token or refresh token.',
    fix: 'Send the access token or the refresh token itself; revoking the refresh token also revokes the access tokens issued from it.',
    spec: SPEC.revocationError,
  }),
];
