/**
 * Salesforce's "OAuth 2.0 Username-Password Flow for Special Scenarios": the client sends the user's
 * password. Blocked by default since Summer '23; shown so that its failure and its risks can be seen.
 */
import { restQueryStep } from '../common/api-steps';
import type { TokenClientState } from '../common/state';
import type { FlowDefinition, FlowInput } from '../types';
import { requestToken } from './token-step';

type S = TokenClientState;

const inputs: FlowInput[] = [
  { id: 'loginHost', label: 'Login host', required: true, format: 'url', help: 'https://login.salesforce.com, https://test.salesforce.com for a sandbox, or the org\'s My Domain.' },
  { id: 'clientId', label: 'Consumer key', required: true, help: 'The connected app\'s consumer key (client_id).' },
  { id: 'clientSecret', label: 'Consumer secret', required: true, secret: true, help: 'Required: the token request authenticates the app as well as the user.' },
  { id: 'username', label: 'Username', required: true, help: 'The Salesforce username of the user the client acts as.' },
  { id: 'password', label: 'Password', required: true, secret: true, help: 'The user\'s password: the client sees it, which is the problem with this flow.' },
  { id: 'securityToken', label: 'Security token', secret: true, help: 'Appended to the password, unless the caller\'s IP is in the org\'s trusted ranges.' },
  { id: 'apiVersion', label: 'API version', required: true, help: 'The REST API version of the query step, e.g. 62.0.' },
];

export const usernamePasswordFlow: FlowDefinition<S> = {
  id: 'username-password',
  name: 'OAuth 2.0 Username-Password Flow for Special Scenarios',
  summary: 'The client sends the user\'s username and password (with the security token) and gets an access token; blocked by default.',
  inputs,
  initialState: (values) => ({ inputs: values }),
  steps: [requestToken, restQueryStep<S>()],
};
