/**
 * Salesforce's OAuth scopes (the 35 advertised by login.salesforce.com, reference section 23) with the
 * wording of the consent page.
 */
const IDENTITY = 'Access the identity URL service (id, profile, email, address, phone)';
const REFRESH = 'Perform requests at any time (refresh_token, offline_access)';

export const SCOPE_DESCRIPTIONS = new Map<string, string>([
  ['address', IDENTITY],
  ['api', 'Manage user data via APIs (api)'],
  ['cdp_api', 'Manage Data Cloud profile data (cdp_api)'],
  ['cdp_calculated_insight_api', 'Perform ANSI SQL queries on Data Cloud calculated insights (cdp_calculated_insight_api)'],
  ['cdp_identityresolution_api', 'Manage Data Cloud identity resolution (cdp_identityresolution_api)'],
  ['cdp_ingest_api', 'Manage Data Cloud Ingestion API data (cdp_ingest_api)'],
  ['cdp_profile_api', 'Manage Data Cloud profile data (cdp_profile_api)'],
  ['cdp_query_api', 'Perform ANSI SQL queries on Data Cloud data (cdp_query_api)'],
  ['cdp_segment_api', 'Manage Data Cloud segments (cdp_segment_api)'],
  ['chatbot_api', 'Access chatbot services (chatbot_api)'],
  ['chatter_api', 'Access Connect REST API resources (chatter_api)'],
  ['content', 'Access content resources (content)'],
  ['custom_permissions', 'Access custom permissions (custom_permissions)'],
  ['eclair_api', 'Access Analytics REST API Charts Geodata resources (eclair_api)'],
  ['einstein_gpt_api', 'Access the Einstein generative AI services (einstein_gpt_api)'],
  ['email', IDENTITY],
  ['forgot_password', 'Allow access to the headless forgot password API (forgot_password)'],
  ['full', 'Full access (full)'],
  ['id', IDENTITY],
  ['interaction_api', 'Access Interaction API resources (interaction_api)'],
  ['lightning', 'Access Lightning applications (lightning)'],
  ['mcp_api', 'Access Salesforce hosted MCP servers (mcp_api)'],
  ['offline_access', REFRESH],
  ['openid', 'Access unique user identifiers (openid)'],
  ['pardot_api', 'Access Pardot services (pardot_api)'],
  ['phone', IDENTITY],
  ['profile', IDENTITY],
  ['pwdless_login_api', 'Allow access to the headless passwordless login API (pwdless_login_api)'],
  ['refresh_token', REFRESH],
  ['scrt_api', 'Access Service Cloud Realtime API resources (scrt_api)'],
  ['sfap_api', 'Access the Salesforce API Platform (sfap_api)'],
  ['user_registration_api', 'Allow access to the headless registration API (user_registration_api)'],
  ['visualforce', 'Access custom Visualforce applications (visualforce)'],
  ['wave_api', 'Access Analytics REST API resources (wave_api)'],
  ['web', 'Manage user data via Web browsers (web)'],
]);

/** Consent page lines for some scopes: one per distinct description, since Salesforce groups synonyms. */
export function scopeDescriptions(scopes: readonly string[]): string[] {
  return [...new Set(scopes.map((scope) => SCOPE_DESCRIPTIONS.get(scope) ?? scope))];
}
