/** The families of the scenario catalogue, in the order the lab shows them. */
import type { Family } from './types';

export const FAMILIES: readonly Family[] = [
  { id: 'redirect-uri', title: 'Callback URL (redirect_uri) mismatches', summary: 'The redirect_uri sent is not, character for character, one of the app\'s callback URLs.' },
  { id: 'login-host', title: 'Wrong login host', summary: 'The request went to a host that does not know the org, or that the org does not allow.' },
  { id: 'client-auth', title: 'Consumer key and secret', summary: 'The app is not found, or its secret is wrong or missing.' },
  { id: 'scopes', title: 'Scopes', summary: 'A scope asked for is not on the app, or a scope needed later was not asked for.' },
  { id: 'pkce', title: 'PKCE', summary: 'The app requires a code challenge, or the verifier does not match it.' },
  { id: 'authorization-code', title: 'Authorization code', summary: 'The code was used twice, or too late.' },
  { id: 'refresh-token', title: 'Refresh tokens', summary: 'The refresh token expired, was revoked, or was replayed after rotation.' },
  { id: 'access-policy', title: 'App access and blocked flows', summary: 'The user, the app or the flow is not allowed by the org\'s policies.' },
  { id: 'client-credentials', title: 'Client credentials flow', summary: 'No Run As user, or the wrong host.' },
  { id: 'jwt-bearer', title: 'JWT bearer flow', summary: 'The assertion names the wrong audience, has expired, is signed by another key than the app\'s certificate, or names a user who never approved the app.' },
  { id: 'session', title: 'Access tokens at the REST API', summary: 'The token is valid but not for the REST API, or the session expired.' },
];

export function familyOf(id: string): Family | undefined {
  return FAMILIES.find((family) => family.id === id);
}
