/**
 * Salesforce's "OAuth 2.0 User-Agent Flow": the browser gets the tokens straight from the redirect's
 * fragment. Shown so that its risks can be seen; the Web Server flow with PKCE replaces it.
 */
import { idTokenPanel, signaturePanel } from '../common/panels';
import type { FlowDefinition, FlowInput } from '../types';
import { fragmentPanel } from './fragment-panel';
import { initialUserAgentState, type UserAgentState } from './state';
import { authorize, buildAuthorizeUrl, checkSignature, parseFragment, restQuery, verifyIdToken } from './steps';

const inputs: FlowInput[] = [
  { id: 'loginHost', label: 'Login host', required: true, format: 'url', help: 'https://login.salesforce.com, https://test.salesforce.com for a sandbox, or the org\'s My Domain.' },
  { id: 'clientId', label: 'Consumer key', required: true, help: 'The consumer key of an app with the user-agent flow allowed.' },
  { id: 'redirectUri', label: 'Callback URL', required: true, format: 'url', help: 'Must exactly match one of the app\'s callback URLs; the tokens come back in its fragment.' },
  {
    id: 'responseType',
    label: 'Response type',
    options: [
      { value: 'token', label: 'token (access token only)' },
      { value: 'token id_token', label: 'token id_token (with an ID token)' },
    ],
    help: 'token id_token adds an OpenID Connect ID token (with the openid scope) carrying the nonce.',
  },
  { id: 'scope', label: 'Scopes', help: 'Space separated. openid for an ID token; refresh_token puts a refresh token in the address bar.' },
  { id: 'clientSecret', label: 'Consumer secret', secret: true, help: 'Leave empty: a browser app cannot keep a secret. Set it only to see the signature check.' },
  { id: 'username', label: 'Username', help: 'Who signs in on Salesforce\'s login page.' },
  { id: 'password', label: 'Password', secret: true, help: 'Typed on Salesforce\'s login page; the client app never sees it.' },
  { id: 'apiVersion', label: 'API version', required: true, help: 'The REST API version of the query step, e.g. 62.0.' },
];

export const userAgentFlow: FlowDefinition<UserAgentState> = {
  id: 'user-agent',
  name: 'OAuth 2.0 User-Agent Flow',
  summary: 'A browser app gets the access token straight from the redirect\'s URL fragment: no code, no client authentication, no PKCE.',
  inputs,
  initialState: initialUserAgentState,
  steps: [buildAuthorizeUrl(inputs), authorize, parseFragment, verifyIdToken, checkSignature, restQuery],
  panels: [fragmentPanel, idTokenPanel(), signaturePanel()],
};
