/** Error codes of the token endpoint (HTTP 400, JSON `{"error", "error_description"}`), one entry per code. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineError as error } from './define';

export const TOKEN_ERRORS: GlossaryEntry[] = [
  error({
    term: 'invalid_client_id',
    summary: 'Salesforce does not know the consumer key sent as `client_id` (`client identifier invalid`).',
    detail: 'Returned by the token endpoint as HTTP 400. At the authorization endpoint Salesforce does not document whether it shows its own page or redirects; the playground shows its page.',
    cause: 'The consumer key is mistyped or truncated, belongs to an app that was deleted, or the app was created a few minutes ago and has not propagated yet (about 2 to 10 minutes).',
    fix: 'Copy the consumer key from the app again, and wait a few minutes after creating or changing the app.',
    spec: SPEC.tokenError,
  }),
  error({
    term: 'invalid_client',
    summary: 'Client authentication failed (`invalid client credentials`).',
    detail: 'Also seen at the authorization endpoint with `app must be installed into org`, which has its own entry.',
    cause: 'A wrong or outdated consumer secret, the secret of another app, or a Basic header that is not `base64(client_id:client_secret)`. Also no secret at all while the app has "Require Secret for Web Server Flow" on (Salesforce does not document the exact error for that case).',
    fix: 'Copy the consumer secret from the app again and send it once: in the body as `client_secret`, or in a Basic `Authorization` header.',
    spec: SPEC.tokenError,
  }),
  error({
    term: 'invalid_client_credentials',
    summary: 'Listed in Salesforce documentation for a bad client secret, but not seen in practice.',
    detail: 'Real responses to a wrong secret carry `invalid_client` / `invalid client credentials`; handle that code.',
    cause: 'A wrong consumer secret.',
    fix: 'Copy the consumer secret from the app again.',
    spec: SPEC.tokenError,
  }),
  error({
    term: 'invalid_grant',
    summary: 'The grant (authorization code, refresh token or assertion), or the user behind it, was refused.',
    detail: 'At Salesforce this one code covers many situations; the `error_description` says which one, and each common description has its own entry.',
    cause: 'An expired, used or unknown code; a PKCE verifier that does not match; a refresh token that expired or was revoked; a user who may not log in.',
    fix: 'Read the `error_description`, then look it up here. For a code, start the flow again: codes cannot be retried.',
    spec: SPEC.tokenError,
  }),
  error({
    term: 'invalid_request',
    summary: 'The request is missing a required parameter or is malformed.',
    detail: 'Salesforce documents it for a PKCE mismatch, but in practice a wrong verifier returns `invalid_grant` / `invalid code verifier`. Descriptions vary, for example `grant type is missing`.',
    cause: 'A missing `grant_type`, `code` or `client_id`; a body sent as JSON instead of `application/x-www-form-urlencoded`; a GET instead of a POST; plain HTTP instead of HTTPS. At the authorization endpoint: no `code_challenge` while the app or org requires PKCE, or a `code_challenge_method` other than `S256` (Salesforce does not document the exact descriptions).',
    fix: 'POST over HTTPS with a form-encoded body holding every required parameter; with PKCE required, send `code_challenge` and `code_challenge_method=S256`.',
    spec: SPEC.tokenError,
  }),
  error({
    term: 'unsupported_grant_type',
    summary: 'The token endpoint does not know the `grant_type` sent (`grant type not supported`).',
    cause: 'A misspelled `grant_type`, such as `authorisation_code` or `refresh`; or a grant the app does not support, such as `password` with an external client app.',
    fix: 'Send exactly `authorization_code` to redeem a code, `refresh_token` to refresh, `client_credentials` or `password` for those flows; check the app supports the flow.',
    spec: SPEC.tokenError,
  }),
  error({
    term: 'unauthorized_client',
    summary: 'The app may not use the grant it asked for.',
    detail: 'Defined by RFC 6749; third parties report it from Salesforce for a client credentials request to an app without "Enable Client Credentials Flow". Salesforce does not document when it sends it; the mock org can send it for a device code request to an app without "Enable for Device Flow".',
    cause: 'The flow is not enabled on the app, for example "Enable Client Credentials Flow" is off.',
    fix: 'Enable the flow in the app\'s OAuth settings, wait a few minutes for the change to propagate, and try again.',
    spec: SPEC.tokenError,
  }),
  error({
    term: 'invalid_app_access',
    summary: 'The app is set to "Admin approved users are pre-authorized" and this user is not one of them (`user is not admin approved to access this app`).',
    cause: "The user's profile or permission sets do not include the app.",
    fix: 'An admin adds the app to the profile or to a permission set assigned to the user.',
  }),
  error({
    term: 'authorization_pending',
    summary: 'Device flow: the user has not approved the device code yet.',
    detail: 'The code is confirmed by the Salesforce CLI, which keeps polling on it; Salesforce does not document the `error_description` (the mock org sends `authorization pending`, an org setting).',
    cause: 'The client polled before the user entered the code at the verification URL and approved.',
    fix: 'Not a failure: wait `interval` seconds and poll again.',
    spec: SPEC.deviceErrors,
  }),
  error({
    term: 'slow_down',
    summary: 'Device flow: the client polls faster than allowed.',
    detail: 'Defined by RFC 8628; Salesforce does not document whether or how it returns this code. The mock org answers it (with `polling too frequently`, an org setting) to a poll sooner than `interval` seconds after the previous one.',
    cause: 'The client polled more often than the `interval` returned with the device code.',
    fix: 'Add 5 seconds to the polling interval, as RFC 8628 asks, and keep polling.',
    spec: SPEC.deviceErrors,
  }),
  error({
    term: 'expired_token',
    summary: 'Device flow: the device code expired before the user approved it.',
    detail: 'Defined by RFC 8628; Salesforce does not document its code or text for an expired device code. The mock org sends `expired_token` / `device code expired` after 10 minutes by default; org settings change the code (to `invalid_grant`), the text and the lifetime.',
    cause: 'The user did not approve in time.',
    fix: 'Request a new device code and show the new user code.',
    spec: SPEC.deviceErrors,
  }),
];
