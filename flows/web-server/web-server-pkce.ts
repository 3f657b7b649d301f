/** The Web Server flow for a public client (single-page or native app): PKCE instead of the consumer secret. */
import type { FlowDefinition } from '../types';
import { webServerPanels } from './panels';
import { initialWebServerState, type WebServerClient, type WebServerState } from './state';
import { COMMON_INPUTS, webServerSteps } from './steps';

const client: WebServerClient = { pkce: true, confidential: false };

export const webServerPkceFlow: FlowDefinition<WebServerState> = {
  id: 'web-server-pkce',
  name: 'OAuth 2.0 Web Server Flow with PKCE (public client)',
  summary: 'An app that cannot keep a secret proves it started the login with a PKCE code verifier.',
  inputs: COMMON_INPUTS,
  initialState: initialWebServerState,
  steps: webServerSteps(client, COMMON_INPUTS),
  panels: webServerPanels(client),
};
