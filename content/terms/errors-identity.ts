/** The identity URL's errors: a bare code in plain text, not JSON (reference section 17; codes from older docs). */
import type { GlossaryEntry } from '../types';
import { defineError as error } from './define';

const PLAIN = 'The identity service answers with the code alone as `text/plain`, not a JSON body; Salesforce\'s current docs do not list these codes.';

export const IDENTITY_ERRORS: GlossaryEntry[] = [
  error({
    term: 'No_Oauth_Token',
    summary: 'The identity URL was called without an access token (HTTP 403).',
    detail: PLAIN,
    cause: 'Neither an `Authorization: Bearer` header nor an `oauth_token` query parameter was sent, or the header is not of the `Bearer <token>` form.',
    fix: 'Send the access token as `Authorization: Bearer <access_token>`.',
  }),
  error({
    term: 'Bad_OAuth_Token',
    summary: 'The identity URL refused the access token: it is revoked, expired or not a token (HTTP 403).',
    detail: `${PLAIN} The REST API says the same thing as 401 \`INVALID_SESSION_ID\`.`,
    cause: 'The session timed out or was revoked (directly, or with the refresh token it came from), or the token is truncated or mistyped.',
    fix: 'Refresh the access token and call again; if the refresh fails too, send the user through the flow again.',
  }),
  error({
    term: 'Bad_Id',
    summary: 'The identity URL names an org or user that does not exist for this token (HTTP 404).',
    detail: PLAIN,
    cause: 'The org or user ID in the path was edited or truncated, or the URL belongs to another org.',
    fix: 'Call the `id` URL of the token response exactly as it came back.',
  }),
];
