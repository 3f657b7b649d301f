/** Errors of the authorization endpoint: shown on a Salesforce page, or redirected to the callback. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineError as error } from './define';

const APPROVAL_PAGE =
  'Shown on a Salesforce page (`/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client&error_description=app+must+be+installed+into+org`) that reads "OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication", never redirected to the app.';
const APPROVAL_CAUSE =
  'The app is not installed in the org and the user lacks the "Approve Uninstalled Connected Apps" permission, which Salesforce enforces since September 2025.';
const APPROVAL_FIX = 'An admin installs the app in the org, or gives the user the "Approve Uninstalled Connected Apps" permission.';

export const AUTHORIZE_ERRORS: GlossaryEntry[] = [
  error({
    term: 'redirect_uri_mismatch',
    summary: 'The `redirect_uri` is not one of the callback URLs registered on the app.',
    detail:
      'Salesforce shows it on its own page (`error_description=redirect_uri must match configuration`) and does not redirect, because it cannot trust an unregistered URL with the answer.',
    cause:
      'The comparison is exact: `http` versus `https`, a trailing slash, a different port or path, different letter case, or an extra query string all count. A callback URL added a moment ago may not be active yet: app changes take about 2 to 10 minutes to propagate.',
    fix: 'Copy the callback URL from the app into the request byte for byte (or add the URL the app really uses to the app), then wait a few minutes after saving the app.',
    spec: SPEC.securityBcpRedirect,
  }),
  error({
    term: 'redirect_uri_missing',
    summary: 'The authorization request has no `redirect_uri`.',
    detail: 'Shown on a Salesforce page. Salesforce does not document the exact `error_description`.',
    cause: 'The client left out `redirect_uri`, which Salesforce requires on every authorization request.',
    fix: 'Send `redirect_uri` with one of the callback URLs registered on the app, and the same value again at the token request.',
    spec: SPEC.authorizationRequest,
  }),
  error({
    term: 'unsupported_response_type',
    summary: 'The authorization endpoint does not support the `response_type` sent.',
    detail: 'Salesforce does not document whether this is shown on its page or redirected, nor the exact `error_description`.',
    cause: 'A typo, or a value Salesforce does not offer such as `code id_token` (it supports `code`, `token` and `token id_token`).',
    fix: 'Send `response_type=code` for the Web Server flow.',
    spec: SPEC.authorizationError,
  }),
  error({
    term: 'invalid_scope',
    summary: 'A requested scope is unknown or not allowed for this app.',
    detail: 'Redirected to the callback. Salesforce does not document the exact `error_description`.',
    cause: 'The `scope` parameter names a scope that is not in the app\'s selected OAuth scopes, or is misspelled (scopes are space-separated, not comma-separated).',
    fix: 'Request only scopes configured on the app, or add the scope to the app; omit `scope` to get all of the app\'s scopes.',
    spec: SPEC.authorizationError,
  }),
  error({
    term: 'access_denied',
    summary: 'The user, or Salesforce on their behalf, refused the authorization.',
    detail:
      'Redirected to the callback. Salesforce does not document the exact `error_description` (for example "end-user denied authorization"). One Salesforce help page shows `access-denied` with a hyphen; the standard value, and the one to handle, is `access_denied`.',
    cause: 'The user clicked Deny on the approval page.',
    fix: 'Nothing is broken: tell the user the app needs their approval and offer to start again.',
    spec: SPEC.authorizationError,
  }),
  error({
    term: 'immediate_unsuccessful',
    summary: 'The request had `immediate=true`, but Salesforce would have had to show a page.',
    detail: 'Redirected to the callback.',
    cause: 'The user is not logged in to Salesforce in this browser, or has not approved the app yet.',
    fix: 'Start again without `immediate` (or with `immediate=false`) so the user can log in and approve.',
  }),
  error({
    term: 'invalid_client: app must be installed into org',
    summary: 'The user may not authorize this app because it is not installed in the org.',
    detail: APPROVAL_PAGE,
    cause: APPROVAL_CAUSE,
    fix: APPROVAL_FIX,
  }),
  error({
    term: 'OAUTH_APPROVAL_ERROR_GENERIC',
    summary: 'The generic text of the Salesforce error page that refuses an authorization, most often an uninstalled app.',
    detail: APPROVAL_PAGE,
    cause: APPROVAL_CAUSE,
    fix: `${APPROVAL_FIX} The \`error_description\` in the page URL names the real reason.`,
  }),
  error({
    term: 'OAUTH_APP_ACCESS_DENIED',
    summary: 'The headline of the Salesforce error page for a user the app\'s policies do not admit.',
    detail: 'Shown on a Salesforce page whose URL carries `error=invalid_app_access&error_description=user is not admin approved to access this app`, never redirected to the app.',
    cause: 'The app\'s Permitted Users is "Admin approved users are pre-authorized" and no profile or permission set of this user is assigned to the app.',
    fix: 'An admin assigns the user\'s profile or a permission set to the app, or sets Permitted Users to "All users may self-authorize".',
  }),
  error({
    term: 'OAUTH_APP_BLOCKED',
    summary: 'An admin has blocked this app in the org.',
    detail: 'Shown on a Salesforce page ("OAuth App Blocked"). Salesforce does not document the exact URL or parameters of that page.',
    cause: 'The app is blocked in the org, so no user of the org can authorize it.',
    fix: 'Ask the org admin whether the app should be unblocked.',
  }),
  error({
    term: 'inactive_user',
    summary: 'The user is inactive.',
    detail: 'A documented Salesforce error code; Salesforce does not document its `error_description` or whether it is shown on a page or redirected.',
    cause: 'The user record was deactivated.',
    fix: 'Reactivate the user or log in as an active one, then start the flow again.',
  }),
  error({
    term: 'inactive_org',
    summary: 'The org is locked or inactive.',
    detail: 'A documented Salesforce error code; Salesforce does not document its `error_description` or whether it is shown on a page or redirected.',
    cause: 'The org the user belongs to is locked or no longer active.',
    fix: 'Use an active org, or have the org reactivated before trying again.',
  }),
  error({
    term: 'rate_limit_exceeded',
    summary: 'Too many logins in a short time.',
    detail: 'A documented Salesforce error code; Salesforce does not document its `error_description`.',
    cause: 'The client started new logins or token requests in a loop instead of reusing the tokens it has.',
    fix: 'Wait, then keep and reuse access and refresh tokens; refresh instead of logging in again.',
  }),
];
