/** What each claim of a JWT bearer assertion means to Salesforce, for the decoded view (the id_token meanings do not apply). */
import { JWT_CLAIMS, JWT_HEADER_PARAMS, type ClaimInfo } from '../jwt-claims';

const rfc7523 = { label: 'RFC 7523 §3', url: 'https://www.rfc-editor.org/rfc/rfc7523#section-3' };

export const ASSERTION_CLAIMS: Record<string, ClaimInfo> = {
  iss: { name: 'Issuer', meaning: 'The consumer key of the connected app: it tells Salesforce which app, and so which certificate, to verify with.', spec: rfc7523 },
  sub: { name: 'Subject', meaning: 'The username of the Salesforce user the token will act as; that user must be pre-authorized for the app or have approved it before.', spec: rfc7523 },
  prn: { name: 'Principal', meaning: 'The old name of sub, sent by some older libraries; Salesforce reads it the same way.', spec: rfc7523 },
  aud: { name: 'Audience', meaning: 'The login URL: https://login.salesforce.com for production, https://test.salesforce.com for a sandbox. Any other value is "audience is invalid".', spec: rfc7523 },
  exp: { name: 'Expiration time', meaning: 'Seconds since the epoch; Salesforce asks for at most 3 minutes ahead. In the past, the answer is "expired authorization code".', spec: rfc7523, time: true },
  iat: JWT_CLAIMS.iat!,
  jti: JWT_CLAIMS.jti!,
  nbf: JWT_CLAIMS.nbf!,
};

/** The assertion's header: the client signs, Salesforce verifies. */
export const ASSERTION_HEADER: Record<string, ClaimInfo> = {
  ...JWT_HEADER_PARAMS,
  alg: {
    name: 'Algorithm',
    meaning: 'How the client signed the assertion. Salesforce verifies RS256 with the certificate on the app; any other algorithm is "invalid assertion".',
    spec: { label: 'RFC 7515 §4.1.1', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.1' },
  },
};
