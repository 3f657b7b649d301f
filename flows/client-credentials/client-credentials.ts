/** Salesforce's "OAuth 2.0 Client Credentials Flow for Server-to-Server Integration": no user, the app's own key and secret. */
import { identityStep, restQueryStep } from '../common/api-steps';
import { signaturePanel } from '../common/panels';
import { verifySignatureStep } from '../common/signature-step';
import type { FlowDefinition, FlowInput } from '../types';
import { initialClientCredentialsState, type ClientCredentialsState } from './state';
import { buildTokenRequest, requestToken } from './token-steps';

type S = ClientCredentialsState;

const inputs: FlowInput[] = [
  { id: 'loginHost', label: 'My Domain host', required: true, format: 'url', help: 'The org\'s My Domain, e.g. https://acme.my.salesforce.com: login.salesforce.com and test.salesforce.com refuse this grant.' },
  { id: 'clientId', label: 'Consumer key', required: true, help: 'The consumer key of an app with "Enable Client Credentials Flow" on.' },
  { id: 'clientSecret', label: 'Consumer secret', required: true, secret: true, help: 'The app\'s secret: it is the only credential in this flow, so it must live on a server.' },
  {
    id: 'clientAuth',
    label: 'Client authentication',
    options: [
      { value: 'client_secret_post', label: 'Key and secret in the body (client_secret_post)' },
      { value: 'client_secret_basic', label: 'HTTP Basic header (client_secret_basic)' },
    ],
    help: 'Where the key and secret go; Salesforce accepts either.',
  },
  { id: 'scope', label: 'Scopes', help: 'Space separated, optional: empty means all of the app\'s scopes, minus full, refresh_token and offline_access.' },
  { id: 'apiVersion', label: 'API version', required: true, help: 'The REST API version of the query step, e.g. 62.0.' },
];

export const clientCredentialsFlow: FlowDefinition<S> = {
  id: 'client-credentials',
  name: 'OAuth 2.0 Client Credentials Flow for Server-to-Server Integration',
  summary: 'A server with no user at hand exchanges the app\'s consumer key and secret for an access token of the app\'s Run As user.',
  inputs,
  initialState: initialClientCredentialsState,
  steps: [
    buildTokenRequest(inputs),
    requestToken,
    verifySignatureStep<S>(),
    identityStep<S>('Ask the identity URL whose token this is', 'The token belongs to the app\'s Run As user: every API call runs with that user\'s permissions.'),
    restQueryStep<S>(),
  ],
  panels: [signaturePanel<S>()],
};
