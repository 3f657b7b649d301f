/** Salesforce's "OAuth 2.0 Web Server Flow for Web App Integration": a confidential client with the consumer secret. */
import type { FlowDefinition, FlowInput } from '../types';
import { webServerPanels } from './panels';
import { initialWebServerState, type WebServerClient, type WebServerState } from './state';
import { COMMON_INPUTS, webServerSteps } from './steps';

const client: WebServerClient = { pkce: false, confidential: true };

const inputs: FlowInput[] = [
  ...COMMON_INPUTS.slice(0, 2),
  { id: 'clientSecret', label: 'Consumer secret', required: true, secret: true, help: 'Sent only from the server to the token endpoint, never through the browser.' },
  ...COMMON_INPUTS.slice(2),
];

export const webServerFlow: FlowDefinition<WebServerState> = {
  id: 'web-server',
  name: 'OAuth 2.0 Web Server Flow for Web App Integration',
  summary: 'A web app with a server signs the user in through Salesforce and redeems the code with its consumer secret.',
  inputs,
  initialState: initialWebServerState,
  steps: webServerSteps(client, inputs),
  panels: webServerPanels(client),
};
