/** The front channel the browser flows share: the authorization URL on the login host as typed, and the state check. */
import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowInputs, LocalStep } from '../types';
import { userAgentFlow } from '../user-agent/user-agent';
import { webServerFlow } from '../web-server/web-server';

const INPUTS: FlowInputs = {
  loginHost: 'https://login.salesforce.com/',
  clientId: 'key',
  clientSecret: 'secret',
  redirectUri: 'https://app.example/callback',
  scope: 'api openid',
  apiVersion: '62.0',
  responseType: 'token',
};

async function authorizeUrl(flow: FlowDefinition<unknown>, inputs: FlowInputs): Promise<string> {
  const step = flow.steps.find((s) => s.id === 'build-authorize-url') as LocalStep<unknown>;
  const outcome = await step.run(flow.initialState(inputs), { now: 0 });
  if (!outcome.ok) throw new Error(outcome.error.kind);
  return (outcome.state as { authorization: { url: string } }).authorization.url;
}

describe('the authorization URL', () => {
  it.each([webServerFlow, userAgentFlow] as FlowDefinition<unknown>[])('$id: a login host typed with a trailing slash gives one slash before /services', async (flow) => {
    const url = await authorizeUrl(flow, INPUTS);
    expect(url.split('?')[0]).toBe('https://login.salesforce.com/services/oauth2/authorize');
  });
});
