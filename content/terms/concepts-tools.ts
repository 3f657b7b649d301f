/** The endpoints a client uses on a token after any flow: revoke, introspect, UserInfo (reference sections 14 to 16). */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineEntry } from './define';

const concept = defineEntry('concept');

export const TOOL_CONCEPTS: GlossaryEntry[] = [
  concept({
    term: 'token revocation',
    summary: 'Telling Salesforce to end a token now, at `/services/oauth2/revoke`: an access token ends its session, a refresh token also takes every access token issued from it.',
    detail: 'A form POST with `token`, or a GET with `?token=` (the token then sits in URLs and logs). HTTP 200 with an empty body on success; no client authentication is asked for.',
    spec: SPEC.sfRevoke,
  }),
  concept({
    term: 'token introspection',
    summary: 'Asking Salesforce whether a token is live, at `/services/oauth2/introspect` (RFC 7662): `active` true with its scope, user and times, or a bare `{"active":false}`.',
    detail: 'The caller authenticates as an app with its consumer key and secret, and sees only its own tokens; `token_type` in the answer is the token\'s kind (`access_token` or `refresh_token`), and `exp` is in seconds.',
    spec: SPEC.sfIntrospection,
  }),
  concept({
    term: 'Introspect All Tokens',
    summary: 'App setting that lets a connected app introspect tokens issued to other apps of the org.',
    detail: 'Without it an app\'s introspection of another app\'s token is a bare `{"active":false}`, even while the token works on the REST API: a common surprise.',
    spec: SPEC.sfIntrospection,
  }),
  concept({
    term: 'UserInfo endpoint',
    summary: 'The OpenID Connect endpoint `/services/oauth2/userinfo`: the signed-in user\'s claims for a Bearer access token.',
    detail: 'Salesforce adds its own fields (`user_id`, `organization_id`, `urls` with a literal `{version}`) to the standard claims; the identity URL answers much the same with Salesforce\'s older field names.',
    spec: SPEC.oidcUserInfo,
  }),
];
