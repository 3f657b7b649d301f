/** The scopes Salesforce advertises in `scopes_supported`, plus `data_cloud_user_claims`. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';

const scope = (term: string, summary: string, detail?: string): GlossaryEntry => ({
  term,
  kind: 'scope',
  summary,
  ...(detail === undefined ? {} : { detail }),
  spec: SPEC.sfScopes,
});

const IDENTITY_SYNONYMS = 'Salesforce documents `id`, `profile`, `email`, `address` and `phone` as synonyms of each other.';
const REFRESH_SYNONYMS =
  '`refresh_token` and `offline_access` are synonyms. Flows that cannot issue refresh tokens (JWT bearer, client credentials, username-password) ignore them; since Winter \'26 the client credentials flow drops them.';
const APPROXIMATE = 'Salesforce does not document this scope on the pages the playground cites; the meaning given here is approximate.';

export const SCOPES: GlossaryEntry[] = [
  scope('api', 'Access the user\'s data through the APIs (REST, Bulk 2.0, SOAP and others); includes `chatter_api`.', 'Without it, REST calls fail with HTTP 401 `INVALID_SESSION_ID` / `This session is not valid for use with the REST API`.'),
  scope('chatter_api', 'Access the Connect (Chatter) REST API only.'),
  scope('full', 'Everything the user can access; a superset of the other scopes.', 'It does not by itself return a refresh token: ask for `refresh_token` as well.'),
  scope('refresh_token', 'Allows a refresh token, when the flow can issue one.', REFRESH_SYNONYMS),
  scope('offline_access', 'Allows a refresh token, when the flow can issue one.', REFRESH_SYNONYMS),
  scope('web', 'Use the access token on the web, to open the Salesforce UI (frontdoor); includes `visualforce`.'),
  scope('visualforce', 'Access customer-created Visualforce pages only.'),
  scope('lightning', 'Access Lightning applications and components.', APPROXIMATE),
  scope('content', 'Access content resources such as files and CMS content.', APPROXIMATE),
  scope('openid', 'OpenID Connect: get a unique user identifier and an `id_token` in the token response.'),
  scope('id', 'Access the identity URL service and basic user information.', IDENTITY_SYNONYMS),
  scope('profile', 'Access the identity URL service and basic user information.', IDENTITY_SYNONYMS),
  scope('email', 'Access the identity URL service and basic user information.', IDENTITY_SYNONYMS),
  scope('address', 'Access the identity URL service and basic user information.', IDENTITY_SYNONYMS),
  scope('phone', 'Access the identity URL service and basic user information.', IDENTITY_SYNONYMS),
  scope('custom_permissions', "Return the app's custom permissions, and whether the user has each, in the identity and userinfo responses."),
  scope('wave_api', 'Access the CRM Analytics REST API.'),
  scope('eclair_api', 'Access the Analytics charts geodata resource.'),
  scope('pardot_api', 'Access the Account Engagement (Pardot) API.'),
  scope('cdp_api', 'Access the Data Cloud APIs.'),
  scope('cdp_query_api', 'Run Data Cloud queries.'),
  scope('cdp_ingest_api', 'Send data to Data Cloud through the Ingestion API.'),
  scope('cdp_profile_api', 'Read Data Cloud profile data.', APPROXIMATE),
  scope('cdp_segment_api', 'Manage Data Cloud segments.', APPROXIMATE),
  scope('cdp_calculated_insight_api', 'Access Data Cloud calculated insights.', APPROXIMATE),
  scope('cdp_identityresolution_api', 'Access Data Cloud identity resolution.', APPROXIMATE),
  scope('data_cloud_user_claims', 'Add Data Cloud user claims to the token.', `Not in the discovery document of login.salesforce.com. ${APPROXIMATE}`),
  scope('chatbot_api', 'Access the Einstein Bots API.', APPROXIMATE),
  scope('interaction_api', 'Access the interaction service (messaging) API.', APPROXIMATE),
  scope('scrt_api', 'Access the Service Cloud real-time (messaging) API.', APPROXIMATE),
  scope('sfap_api', 'Access the Salesforce API platform on api.salesforce.com (Agentforce).'),
  scope('einstein_gpt_api', 'Access the Einstein generative AI (Models) API.'),
  scope('mcp_api', 'Access Salesforce MCP (Model Context Protocol) servers.'),
  scope('user_registration_api', 'Headless identity: register users through an Experience Cloud site.'),
  scope('pwdless_login_api', 'Headless identity: passwordless (one-time code) login through an Experience Cloud site.'),
  scope('forgot_password', 'Headless identity: reset a forgotten password through an Experience Cloud site.'),
];
