/**
 * What each JWT header parameter and claim means, as data: the decoder shows these next to the values.
 * Salesforce-specific entries are marked; time claims are marked so they render as dates.
 */

export interface ClaimInfo {
  name: string;
  meaning: string;
  spec: { label: string; url: string };
  salesforce?: boolean;
  /** Seconds since the epoch: render as an ISO date and a relative time. */
  time?: boolean;
}

const rfc7519 = (section: string) => ({
  label: `RFC 7519 §${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc7519#section-${section}`,
});
const rfc7515 = (section: string) => ({
  label: `RFC 7515 §${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc7515#section-${section}`,
});
const oidc = (anchor: string) => ({
  label: 'OpenID Connect Core 1.0',
  url: `https://openid.net/specs/openid-connect-core-1_0.html#${anchor}`,
});
const SF_ID_TOKEN = {
  label: 'Salesforce Help: OpenID Connect ID token',
  url: 'https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_using_openid_token.htm&type=5',
};
const SF_JWT_ACCESS_TOKEN = {
  label: 'Salesforce Help: JWT-based access tokens',
  url: 'https://help.salesforce.com/s/articleView?id=xcloud.jwt_access_tokens.htm&type=5',
};

export const JWT_HEADER_PARAMS: Record<string, ClaimInfo> = {
  alg: { name: 'Algorithm', meaning: 'How the token is signed. Salesforce signs with RS256 (RSA with SHA-256); a client must refuse any other, above all "none".', spec: rfc7515('4.1.1') },
  kid: { name: 'Key ID', meaning: 'Which key of the JWKS at /id/keys signed the token. Salesforce rotates keys, so look the kid up instead of caching one key.', spec: rfc7515('4.1.4') },
  typ: { name: 'Type', meaning: 'The media type of the token, usually JWT.', spec: rfc7515('4.1.9') },
  tty: { name: 'Token type', meaning: 'Salesforce JWT-based access tokens carry sfdc-core-token here.', spec: SF_JWT_ACCESS_TOKEN, salesforce: true },
  tnk: { name: 'Tenant key', meaning: 'Identifies the org that issued a JWT-based access token.', spec: SF_JWT_ACCESS_TOKEN, salesforce: true },
  ver: { name: 'Version', meaning: 'Version of the JWT-based access token format.', spec: SF_JWT_ACCESS_TOKEN, salesforce: true },
};

export const JWT_CLAIMS: Record<string, ClaimInfo> = {
  iss: { name: 'Issuer', meaning: 'Who issued the token: the login host or My Domain the client talked to. Must equal the issuer the client expects.', spec: rfc7519('4.1.1') },
  sub: { name: 'Subject', meaning: 'Who the token is about. In a Salesforce ID token this is the user\'s identity URL (…/id/{orgId}/{userId}).', spec: rfc7519('4.1.2') },
  aud: { name: 'Audience', meaning: 'Who the token is for. In an ID token it is the consumer key of the connected app; a client must reject a token meant for another app.', spec: rfc7519('4.1.3') },
  exp: { name: 'Expiration time', meaning: 'After this instant the token must be rejected.', spec: rfc7519('4.1.4'), time: true },
  nbf: { name: 'Not before', meaning: 'Before this instant the token must be rejected.', spec: rfc7519('4.1.5'), time: true },
  iat: { name: 'Issued at', meaning: 'When the token was issued.', spec: rfc7519('4.1.6'), time: true },
  jti: { name: 'JWT ID', meaning: 'A unique identifier, used to detect a token presented twice.', spec: rfc7519('4.1.7') },
  nonce: { name: 'Nonce', meaning: 'The random value the client sent in the authorization request, echoed back. Matching it proves this ID token answers that request and is not replayed.', spec: oidc('IDToken') },
  at_hash: { name: 'Access token hash', meaning: 'Left half of the SHA-256 of the access token, base64url. Binds the ID token to the access token issued with it.', spec: oidc('CodeIDToken') },
  c_hash: { name: 'Code hash', meaning: 'Left half of the hash of the authorization code, in hybrid flows.', spec: oidc('HybridIDToken') },
  auth_time: { name: 'Authentication time', meaning: 'When the user last signed in.', spec: oidc('IDToken'), time: true },
  azp: { name: 'Authorized party', meaning: 'The client the token was issued to, when the audience has several values.', spec: oidc('IDToken') },
  amr: { name: 'Authentication methods', meaning: 'How the user signed in (password, OTP, ...).', spec: oidc('IDToken') },
  acr: { name: 'Authentication context class', meaning: 'The assurance level of the sign-in.', spec: oidc('IDToken') },
  name: { name: 'Full name', meaning: 'The user\'s display name.', spec: oidc('StandardClaims') },
  given_name: { name: 'Given name', meaning: 'First name.', spec: oidc('StandardClaims') },
  family_name: { name: 'Family name', meaning: 'Last name.', spec: oidc('StandardClaims') },
  preferred_username: { name: 'Preferred username', meaning: 'For Salesforce, the user\'s login username (an email-shaped string, not necessarily a mailbox).', spec: oidc('StandardClaims') },
  nickname: { name: 'Nickname', meaning: 'The user\'s community nickname.', spec: oidc('StandardClaims') },
  email: { name: 'Email', meaning: 'The user\'s email address.', spec: oidc('StandardClaims') },
  email_verified: { name: 'Email verified', meaning: 'Whether Salesforce has verified the email address.', spec: oidc('StandardClaims') },
  picture: { name: 'Picture', meaning: 'URL of the user\'s profile photo.', spec: oidc('StandardClaims') },
  profile: { name: 'Profile page', meaning: 'URL of the user\'s profile page in Salesforce.', spec: oidc('StandardClaims') },
  zoneinfo: { name: 'Time zone', meaning: 'The user\'s time zone, e.g. Europe/Paris.', spec: oidc('StandardClaims') },
  locale: { name: 'Locale', meaning: 'The user\'s locale, e.g. en_US.', spec: oidc('StandardClaims') },
  address: { name: 'Address', meaning: 'The user\'s postal address, as a JSON object.', spec: oidc('StandardClaims') },
  phone_number: { name: 'Phone number', meaning: 'The user\'s phone number.', spec: oidc('StandardClaims') },
  phone_number_verified: { name: 'Phone number verified', meaning: 'Whether the phone number has been verified.', spec: oidc('StandardClaims') },
  updated_at: { name: 'Updated at', meaning: 'When the user\'s information last changed.', spec: oidc('StandardClaims'), time: true },
  custom_attributes: { name: 'Custom attributes', meaning: 'Attributes the connected app adds to the ID token, defined by the admin in the app\'s settings.', spec: SF_ID_TOKEN, salesforce: true },
  scp: { name: 'Scopes', meaning: 'In a Salesforce JWT-based access token, the granted scopes, space separated.', spec: SF_JWT_ACCESS_TOKEN, salesforce: true },
  client_id: { name: 'Client ID', meaning: 'In a Salesforce JWT-based access token, the consumer key of the app the token was issued to.', spec: SF_JWT_ACCESS_TOKEN, salesforce: true },
  mty: { name: 'Token purpose', meaning: 'In a Salesforce JWT-based access token, what issued it (oauth).', spec: SF_JWT_ACCESS_TOKEN, salesforce: true },
};
