/**
 * GET /.well-known/openid-configuration, with the endpoints of the host that was asked (reference section
 * 18.1). Salesforce also advertises `registration_endpoint`, and on a My Domain `end_session_endpoint` with
 * front-channel logout; the mock leaves them out until it serves them.
 */
import { JSON_TYPE, OPEN_CORS, respond } from '../http/responses';
import { SCOPE_DESCRIPTIONS } from '../scopes';
import type { Site } from '../site';
import type { OrgRuntime } from '../state';
import { endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

const CLAIMS = [
  'active', 'address', 'email', 'email_verified', 'family_name', 'given_name', 'is_app_installed', 'language', 'locale',
  'name', 'nickname', 'organization_id', 'phone_number', 'phone_number_verified', 'photos', 'picture',
  'preferred_username', 'profile', 'sub', 'updated_at', 'urls', 'user_id', 'user_type', 'zoneinfo',
];

export function discoveryDocument(site: Site): Record<string, unknown> {
  const oauth = `${site.base}/services/oauth2`;
  return {
    issuer: site.base,
    authorization_endpoint: `${oauth}/authorize`,
    token_endpoint: `${oauth}/token`,
    revocation_endpoint: `${oauth}/revoke`,
    userinfo_endpoint: `${oauth}/userinfo`,
    jwks_uri: `${site.base}/id/keys`,
    introspection_endpoint: `${oauth}/introspect`,
    scopes_supported: [...SCOPE_DESCRIPTIONS.keys()],
    response_types_supported: ['code', 'token', 'token id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    display_values_supported: ['page', 'popup', 'touch'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic', 'private_key_jwt'],
    claims_supported: CLAIMS,
  };
}

/** The document depends on the base alone: serialized once per base (a few: the org's hosts, the mounts). */
const serialized = new Map<string, string>();

function documentText(site: Site): string {
  let text = serialized.get(site.base);
  if (text === undefined) {
    text = JSON.stringify(discoveryDocument(site));
    if (serialized.size < 1000) serialized.set(site.base, text);
  }
  return text;
}

function showDiscovery({ site }: EndpointContext): MockResponse {
  return respond(documentText(site), 200, JSON_TYPE, OPEN_CORS);
}

export const discoveryHandler = (org: OrgRuntime) => endpoint('get', '/.well-known/openid-configuration', org, showDiscovery);
