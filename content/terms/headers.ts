/** HTTP headers that matter in the Web Server flow. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineEntry } from './define';

const header = defineEntry('header');

export const HEADERS: GlossaryEntry[] = [
  header({
    term: 'Authorization',
    summary: 'Carries credentials: `Bearer <access token>` for APIs, or `Basic base64(client_id:client_secret)` for client authentication at the token endpoint.',
    detail:
      'The REST API also accepts the legacy form `Authorization: OAuth <access token>`. Basic client authentication is advertised as `client_secret_basic`; sending the secret in the body is `client_secret_post`.',
    spec: SPEC.bearerHeader,
  }),
  header({
    term: 'Content-Type',
    summary: 'Token, revoke and introspect requests are `application/x-www-form-urlencoded`; Salesforce answers `application/json;charset=UTF-8`.',
    spec: SPEC.tokenRequest,
  }),
  header({
    term: 'Accept',
    summary: 'Chooses the token response encoding, like the `format` parameter: `application/json`, `application/x-www-form-urlencoded` or `application/xml`.',
  }),
  header({
    term: 'Location',
    summary: 'Where a 302 sends the browser; on the callback it carries `code` and `state`, or `error` and `error_description`.',
    spec: SPEC.authorizationResponse,
  }),
  header({
    term: 'Cache-Control',
    summary: 'Salesforce marks token responses `no-cache,must-revalidate,max-age=0,no-store,private` so that no cache keeps a token.',
    spec: SPEC.tokenResponse,
  }),
  header({
    term: 'Sforce-Limit-Info',
    summary: 'On REST API responses: API calls used and the org limit, as `api-usage=<used>/<limit>`.',
  }),
];
