/** The Web Server flow's steps in order, for either variant. */
import type { FlowInput, Step } from '../types';
import { identity, restAfterRefresh, restAfterRevoke, restQuery, userinfo } from './api-steps';
import { authorize, buildAuthorizeUrl, checkCallback, makePkce } from './authorize-steps';
import type { WebServerClient, WebServerState } from './state';
import { exchangeCode, refresh, revoke, verifyIdTokenStep, verifySignature } from './token-steps';

export function webServerSteps(client: WebServerClient, inputs: readonly FlowInput[]): Step<WebServerState>[] {
  return [
    ...(client.pkce ? [makePkce] : []),
    buildAuthorizeUrl(inputs),
    authorize,
    checkCallback,
    exchangeCode(client),
    verifyIdTokenStep,
    ...(client.confidential ? [verifySignature] : []),
    identity,
    userinfo,
    restQuery,
    refresh(client),
    restAfterRefresh,
    revoke,
    restAfterRevoke,
  ];
}

export const COMMON_INPUTS: FlowInput[] = [
  { id: 'loginHost', label: 'Login host', required: true, format: 'url', help: 'https://login.salesforce.com, https://test.salesforce.com for a sandbox, or the org\'s My Domain.' },
  { id: 'clientId', label: 'Consumer key', required: true, help: 'The connected app\'s consumer key (client_id).' },
  { id: 'redirectUri', label: 'Callback URL', required: true, format: 'url', help: 'Must exactly match one of the app\'s callback URLs.' },
  { id: 'scope', label: 'Scopes', help: 'Space separated. openid brings an ID token, refresh_token a refresh token; empty means all of the app\'s scopes.' },
  { id: 'username', label: 'Username', help: 'Who signs in on Salesforce\'s login page.' },
  { id: 'password', label: 'Password', secret: true, help: 'Typed on Salesforce\'s login page; the client app never sees it.' },
  { id: 'apiVersion', label: 'API version', required: true, help: 'The REST API version of the query step, e.g. 62.0.' },
];
