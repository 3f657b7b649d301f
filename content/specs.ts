/** The specifications and Salesforce pages the prose cites, in one place so every link is written once. */
import type { SpecLink } from './types';

const rfc = (number: number, section: string, label: string): SpecLink => ({
  label: `RFC ${number} §${section} (${label})`,
  url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
});

const oidc = (anchor: string, label: string): SpecLink => ({
  label: `OpenID Connect Core 1.0 (${label})`,
  url: `https://openid.net/specs/openid-connect-core-1_0.html#${anchor}`,
});

const salesforceHelp = (page: string, label: string): SpecLink => ({
  label: `Salesforce Help: ${label}`,
  url: `https://help.salesforce.com/s/articleView?id=${page}&type=5`,
});

export const SPEC = {
  clientPassword: rfc(6749, '2.3.1', 'client password'),
  scope: rfc(6749, '3.3', 'access token scope'),
  authorizationRequest: rfc(6749, '4.1.1', 'authorization request'),
  authorizationResponse: rfc(6749, '4.1.2', 'authorization response'),
  authorizationError: rfc(6749, '4.1.2.1', 'authorization error response'),
  tokenRequest: rfc(6749, '4.1.3', 'access token request'),
  implicitGrant: rfc(6749, '4.2', 'implicit grant'),
  implicitResponse: rfc(6749, '4.2.2', 'access token response in the fragment'),
  passwordGrant: rfc(6749, '4.3', 'resource owner password credentials grant'),
  clientCredentialsGrant: rfc(6749, '4.4', 'client credentials grant'),
  tokenResponse: rfc(6749, '5.1', 'successful token response'),
  tokenError: rfc(6749, '5.2', 'token error response'),
  refresh: rfc(6749, '6', 'refreshing an access token'),
  refreshTokenProtection: rfc(9700, '4.14', 'refresh token protection'),
  tokenTypes: rfc(6749, '7.1', 'access token types'),
  csrf: rfc(6749, '10.12', 'cross-site request forgery'),
  bearerHeader: rfc(6750, '2.1', 'Authorization request header'),
  bearerErrors: rfc(6750, '3.1', 'bearer error codes'),
  revocationRequest: rfc(7009, '2.1', 'revocation request'),
  revocationError: rfc(7009, '2.2.1', 'revocation error response'),
  introspection: rfc(7662, '2.2', 'introspection response'),
  jwtClaims: rfc(7519, '4.1', 'registered claim names'),
  pkceVerifier: rfc(7636, '4.1', 'code_verifier'),
  pkceChallenge: rfc(7636, '4.2', 'code_challenge'),
  pkceAuthorization: rfc(7636, '4.3', 'code_challenge in the authorization request'),
  pkceTokenRequest: rfc(7636, '4.5', 'code_verifier in the token request'),
  pkceVerify: rfc(7636, '4.6', 'server verification'),
  deviceErrors: rfc(8628, '3.5', 'device access token error response'),
  deviceAuthorizationResponse: rfc(8628, '3.2', 'device authorization response'),
  deviceUserInteraction: rfc(8628, '3.3', 'user interaction'),
  deviceTokenRequest: rfc(8628, '3.4', 'device access token request'),
  deviceSecurity: rfc(8628, '5.4', 'remote phishing'),
  assertionClientAuth: rfc(7523, '2.2', 'JWT client authentication'),
  jwtBearerGrant: rfc(7523, '2.1', 'JWTs as authorization grants'),
  jwtBearerClaims: rfc(7523, '3', 'JWT format and processing requirements'),
  jwkThumbprint: rfc(7638, '3', 'JWK thumbprint'),
  x509Certificate: rfc(5280, '4.1', 'basic certificate fields'),
  pkcs8: rfc(5208, '5', 'private-key information syntax'),
  pemTextual: rfc(7468, '2', 'textual encoding of PKIX structures'),
  securityBcpPkce: rfc(9700, '2.1.1', 'authorization code grant'),
  securityBcpRedirect: rfc(9700, '2.1', 'protecting redirect-based flows'),
  securityBcpPassword: rfc(9700, '2.4', 'resource owner password credentials grant'),
  securityBcpImplicit: rfc(9700, '2.1.2', 'implicit grant'),
  uriFragment: rfc(3986, '3.5', 'fragment'),
  oidcAuthRequest: oidc('AuthRequest', 'authentication request'),
  oidcIdToken: oidc('IDToken', 'ID token'),
  oidcIdTokenValidation: oidc('IDTokenValidation', 'ID token validation'),
  oidcCodeFlowAtHash: oidc('CodeIDToken', 'at_hash in the code flow'),
  oidcUserInfo: oidc('UserInfo', 'UserInfo endpoint'),
  oidcStandardClaims: oidc('StandardClaims', 'standard claims'),
  oidcNonce: oidc('NonceNotes', 'nonce'),
  oidcAuthError: oidc('AuthError', 'authentication error response'),
  oidcScopeClaims: oidc('ScopeClaims', 'scope values for claims'),
  sfWebServerFlow: salesforceHelp('xcloud.remoteaccess_oauth_web_server_flow.htm', 'OAuth 2.0 Web Server Flow'),
  sfEndpoints: salesforceHelp('xcloud.remoteaccess_oauth_endpoints.htm', 'OAuth endpoints'),
  sfFlowErrors: salesforceHelp('xcloud.remoteaccess_oauth_flow_errors.htm', 'OAuth flow errors'),
  sfPkce: salesforceHelp('xcloud.remoteaccess_pkce.htm', 'PKCE'),
  sfClientCredentials: salesforceHelp('xcloud.remoteaccess_oauth_client_credentials_flow.htm', 'OAuth 2.0 Client Credentials Flow'),
  sfClientCredentialsSetup: salesforceHelp('xcloud.connected_app_client_credentials_setup.htm', 'configure a connected app for the client credentials flow'),
  sfUserAgent: salesforceHelp('xcloud.remoteaccess_oauth_user_agent_flow.htm', 'OAuth 2.0 User-Agent Flow'),
  sfBlockFlows: salesforceHelp('xcloud.remoteaccess_oauth_block_flows.htm', 'block authorization flows'),
  sfDeviceFlow: salesforceHelp('xcloud.remoteaccess_oauth_device_flow.htm', 'OAuth 2.0 Device Flow for IoT Integration'),
  sfDeviceFlowEca: salesforceHelp('xcloud.meta_configure_device_flow_external_client_apps.htm', 'configure the device flow for external client apps'),
  sfJwtBearer: salesforceHelp('xcloud.remoteaccess_oauth_jwt_flow.htm', 'OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration'),
  sfUsernamePassword: salesforceHelp('xcloud.remoteaccess_oauth_username_password_flow.htm', 'OAuth 2.0 Username-Password Flow'),
  sfRefreshToken: salesforceHelp('remoteaccess_oauth_refresh_token_flow.htm', 'refresh token flow'),
  sfRefreshRotation: salesforceHelp('xcloud.shr_security_enable_refresh_token_rotation.htm', 'refresh token rotation'),
  sfIntrospection: salesforceHelp('xcloud.remoteaccess_oidc_token_introspection_endpoint.htm', 'token introspection'),
  sfScopes: {
    label: 'Salesforce Mobile SDK: OAuth scope parameter values',
    url: 'https://developer.salesforce.com/docs/platform/mobile-sdk/guide/oauth-scope-parameter-values.html',
  },
  sfRevoke: {
    label: 'Salesforce Mobile SDK: revoking OAuth tokens',
    url: 'https://developer.salesforce.com/docs/platform/mobile-sdk/guide/oauth-revoking-tokens.html',
  },
  sfDiscovery: {
    label: 'login.salesforce.com OpenID configuration',
    url: 'https://login.salesforce.com/.well-known/openid-configuration',
  },
} satisfies Record<string, SpecLink>;

/** Markup for a link to a spec, for use inside prose strings. */
export function cite(spec: SpecLink): string {
  return `[${spec.label}](${spec.url})`;
}
