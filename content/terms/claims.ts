/**
 * Claims of the id_token (and the matching userinfo members). Salesforce documents `sub` and RS256;
 * the rest follows OpenID Connect Core and the claims Salesforce lists in its discovery document.
 */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineEntry } from './define';

const claim = defineEntry('claim');

const PROFILE_CLAIMS: Array<[term: string, summary: string]> = [
  ['name', "The user's full name."],
  ['given_name', "The user's first name."],
  ['family_name', "The user's last name."],
  ['preferred_username', 'The Salesforce username, for example `ada@acme.example`.'],
  ['nickname', "The user's nickname."],
  ['email', "The user's email address."],
  ['email_verified', 'Whether Salesforce has verified the email address.'],
  ['picture', "URL of the user's profile photo."],
  ['profile', "URL of the user's profile page in Salesforce."],
  ['zoneinfo', "The user's time zone, for example `Europe/Paris`."],
  ['locale', "The user's locale."],
  ['updated_at', 'When the user record was last changed.'],
  ['address', "The user's postal address, as an object."],
  ['phone_number', "The user's phone number."],
];

export const CLAIMS: GlossaryEntry[] = [
  claim({
    term: 'iss',
    summary: 'Who issued the token: the host the flow used, `https://login.salesforce.com` or the My Domain or site host.',
    detail: 'Compare it with the `issuer` of the discovery document of the host you called.',
    spec: SPEC.oidcIdToken,
  }),
  claim({
    term: 'sub',
    summary: 'The user: at Salesforce, the identity URL, the same value as the `id` field of the token response.',
    spec: SPEC.oidcIdToken,
  }),
  claim({
    term: 'aud',
    summary: "Who the token is for: the app's consumer key, so an id_token whose `aud` names another client must be rejected.",
    spec: SPEC.oidcIdToken,
  }),
  claim({
    term: 'exp',
    summary: 'When the id_token expires, in seconds since the epoch.',
    detail: 'Apps have a setting for the id_token lifetime; Salesforce does not document its default.',
    spec: SPEC.jwtClaims,
  }),
  claim({
    term: 'iat',
    summary: 'When the id_token was issued, in seconds since the epoch (unlike `issued_at`, which is in milliseconds).',
    spec: SPEC.jwtClaims,
  }),
  claim({
    term: 'at_hash',
    summary: 'The left half of the SHA-256 of the access token, base64url; binds the id_token to the access token returned with it.',
    spec: SPEC.oidcCodeFlowAtHash,
  }),
  claim({
    term: 'nonce',
    summary: 'The `nonce` the client sent on the authorization request, copied into the id_token; it must equal the stored value.',
    spec: SPEC.oidcIdTokenValidation,
  }),
  ...PROFILE_CLAIMS.map(([term, summary]) =>
    claim({
      term,
      summary,
      detail: 'Whether it appears depends on the granted scopes and the app configuration; Salesforce does not document the exact claim set of its id_token.',
      spec: SPEC.oidcStandardClaims,
    }),
  ),
  claim({
    term: 'user_id',
    summary: 'Salesforce extension: the 18-character user ID (starts with `005`).',
  }),
  claim({
    term: 'organization_id',
    summary: 'Salesforce extension: the 18-character org ID (starts with `00D`).',
  }),
  claim({
    term: 'user_type',
    summary: 'Salesforce extension: the Salesforce user type, for example `STANDARD`.',
  }),
  claim({
    term: 'custom_attributes',
    summary: 'Salesforce extension: attributes configured on the app, added when the app defines them.',
  }),
];
