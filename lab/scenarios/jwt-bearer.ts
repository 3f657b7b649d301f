/** The JWT bearer flow: the assertion's audience, its expiry, the key that signs it, and the user's earlier approval. */
import { DEMO } from '@/mocks/demo';
import type { Scenario } from '../types';
import { OTHER_CERTIFICATE_PEM } from './other-certificate';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export const JWT_BEARER_SCENARIOS: Scenario[] = [
  {
    id: 'jwt-bearer-audience-wrong',
    family: 'jwt-bearer',
    title: 'Audience of the sandbox on a production org',
    symptom: 'The JWT bearer token request gets audience is invalid.',
    flowId: 'jwt-bearer',
    setup: { inputs: { audience: DEMO.hosts.sandboxLogin } },
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'audience is invalid' },
    cause: 'The assertion\'s `aud` is `https://test.salesforce.com` but the user is in a production org, which accepts only `https://login.salesforce.com` (or its My Domain). A token endpoint URL, a path or a trailing slash in `aud` is refused the same way.',
    fix: 'Set `aud` to exactly `https://login.salesforce.com` for production and `https://test.salesforce.com` for a sandbox: the login host, not the token endpoint\'s URL.',
    signature: { grantType: JWT_BEARER },
  },
  {
    id: 'jwt-bearer-expired',
    family: 'jwt-bearer',
    title: 'Assertion expired before it was sent',
    symptom: 'The JWT bearer token request gets expired authorization code, though no authorization code was involved.',
    flowId: 'jwt-bearer',
    actions: [{ run: 'sign-assertion' }, { clockSeconds: 600 }, { run: 'request-token' }],
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'expired authorization code' },
    cause: 'The assertion\'s `exp` (3 minutes ahead when it was signed) was already past on Salesforce\'s clock when the request arrived: the assertion was signed once and reused, cached too long, or the server\'s clock is behind. Salesforce reuses the code flow\'s wording for it.',
    fix: 'Sign a fresh assertion for each token request with `exp` a few minutes ahead, and keep the server\'s clock synchronised (NTP).',
    signature: { grantType: JWT_BEARER },
  },
  {
    id: 'jwt-bearer-certificate-mismatch',
    family: 'jwt-bearer',
    title: 'Another certificate on the app than the key that signs',
    symptom: 'The JWT bearer token request gets invalid assertion, although the assertion decodes fine.',
    flowId: 'jwt-bearer',
    actions: [{ run: 'register-certificate' }, { change: { app: { certificate: OTHER_CERTIFICATE_PEM } } }, { run: 'request-token' }],
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'invalid assertion' },
    cause: 'The certificate uploaded to the app ("Use digital signatures") is not the one of the private key that signs the assertion: the certificate was replaced, or the server signs with an old or another environment\'s key, so the signature does not verify.',
    fix: 'Upload the certificate of the very key that signs (compare their public key thumbprints), or sign with the key of the certificate on the app; after uploading, allow a few minutes for the change to reach every server.',
    signature: { grantType: JWT_BEARER },
  },
  {
    id: 'jwt-bearer-not-approved',
    family: 'jwt-bearer',
    title: 'User has not approved the app',
    symptom: 'The JWT bearer token request gets user hasn\'t approved this consumer.',
    flowId: 'jwt-bearer',
    setup: { app: { permittedUsers: 'all' } },
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: "user hasn't approved this consumer" },
    cause: 'The app\'s Permitted Users is "All users may self-authorize" and the user in `sub` never approved the app in a flow that issued a refresh token; the JWT bearer flow cannot show a consent page. An unknown `sub` username gets the same answer.',
    fix: 'Set Permitted Users to "Admin approved users are pre-authorized" and assign the user\'s profile or a permission set to the app, or have the user approve the app once through the Web Server flow with the `refresh_token` scope.',
    signature: { grantType: JWT_BEARER },
  },
];
