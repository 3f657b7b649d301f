/** The client credentials flow run headless against the mock org: both ways of authenticating, and Salesforce's errors. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import { getHeader } from '../http';
import type { RunnerSnapshot } from '../runner';
import type { FlowInputs } from '../types';
import { clientCredentialsFlow } from './client-credentials';
import type { ClientCredentialsState } from './state';

const APP = DEMO.apps.integration;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const run = (changes: Partial<FlowInputs> = {}) => runnerOnOrg(org, clientCredentialsFlow, mockInputs(clientCredentialsFlow.id, changes)).runAll();

function tokenError(snapshot: RunnerSnapshot<ClientCredentialsState>) {
  return snapshot.steps.find((s) => s.id === 'request-token')?.outcome;
}

describe('client-credentials', () => {
  it('runs every step with the key and secret in the body; the token is the Run As user\'s, without a refresh token', async () => {
    const snapshot = await run({ scope: 'api refresh_token' });
    expect(snapshot.steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'build-token-request:done', 'request-token:done', 'verify-signature:done', 'identity:done', 'rest-query:done',
    ]);
    const token = snapshot.exchanges.find((e) => e.stepId === 'request-token');
    expect(token?.request.url).toBe(`${DEMO.hosts.myDomain}/services/oauth2/token`);
    expect(getHeader(token?.request.headers ?? [], 'authorization')).toBeUndefined();
    expect([...new URLSearchParams(token?.request.body)]).toEqual([
      ['grant_type', 'client_credentials'], ['client_id', APP.consumerKey], ['client_secret', APP.consumerSecret], ['scope', 'api refresh_token'],
    ]);
    expect(Object.keys(JSON.parse(token?.response?.body ?? '{}'))).not.toContain('refresh_token');
    expect(snapshot.state.tokens?.refreshToken).toBeUndefined();
    expect(snapshot.state.tokens?.scope).toBe('api');
    expect(snapshot.steps[1]?.outcome?.notes).toContain('scope api: refresh_token dropped, as Salesforce does for this flow.');
    expect(snapshot.state.signatureCheck?.ok).toBe(true);
    expect(snapshot.state.identity?.username).toBe(DEMO.users.integration.username);
    expect(snapshot.state.queryResult?.totalSize).toBeGreaterThan(0);
  });

  it('sends the key and secret as HTTP Basic when asked, and nothing of them in the body', async () => {
    const snapshot = await run({ clientAuth: 'client_secret_basic' });
    expect(snapshot.next).toBeUndefined();
    const token = snapshot.exchanges.find((e) => e.stepId === 'request-token');
    expect(getHeader(token?.request.headers ?? [], 'authorization')).toBe(`Basic ${btoa(`${APP.consumerKey}:${APP.consumerSecret}`)}`);
    expect(token?.request.body).toBe('grant_type=client_credentials');
    expect(snapshot.state.tokens?.scope).toBe('api id');
  });

  it.each([
    ['on login.salesforce.com', { loginHost: DEMO.hosts.login }, 'invalid_grant', 'request not supported on this domain'],
    ['on test.salesforce.com', { loginHost: DEMO.hosts.sandboxLogin }, 'invalid_grant', 'request not supported on this domain'],
    ['with a wrong secret in the body', { clientSecret: 'wrong' }, 'invalid_client', 'invalid client credentials'],
    ['with a wrong secret in a Basic header', { clientSecret: 'wrong', clientAuth: 'client_secret_basic' }, 'invalid_client', 'invalid client credentials'],
    ['with an unknown consumer key', { clientId: '3MVG9unknown' }, 'invalid_client_id', 'client identifier invalid'],
    ['with only scopes the flow drops', { scope: 'refresh_token' }, 'invalid_grant', 'no valid scopes defined'],
  ] as const)('fails the token request %s', async (_label, changes, error, errorDescription) => {
    const snapshot = await run(changes);
    expect(tokenError(snapshot)).toEqual({ ok: false, error: { kind: 'oauth', stepId: 'request-token', status: 400, error, errorDescription } });
  });

  it('fails without a Run As user, and with the flow off on the app', async () => {
    org.applyAdminPatch({ apps: { [APP.consumerKey]: { runAsUsername: '' } } });
    expect(tokenError(await run())).toMatchObject({ error: { error: 'invalid_grant', errorDescription: 'no client credentials user enabled' } });
    org.applyAdminPatch({ apps: { [APP.consumerKey]: { runAsUsername: DEMO.users.integration.username, flows: { clientCredentials: false } } } });
    org.applyAdminPatch({ settings: { clientCredentialsDisabledError: 'unauthorized_client', clientCredentialsDisabledDescription: 'client credentials flow not enabled' } });
    expect(tokenError(await run())).toMatchObject({ error: { error: 'unauthorized_client', errorDescription: 'client credentials flow not enabled' } });
  });

  it('refuses missing or malformed inputs before sending anything, naming the field', async () => {
    const noSecret = await run({ clientSecret: '' });
    expect(noSecret.steps[0]?.outcome).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'clientSecret', message: 'Consumer secret is empty.' } });
    const badAuth = await run({ clientAuth: 'private_key_jwt' as FlowInputs['clientAuth'] });
    expect(badAuth.steps[0]?.outcome).toMatchObject({
      ok: false,
      error: { code: 'bad_input', field: 'clientAuth', message: 'Client authentication must be one of client_secret_post, client_secret_basic.' },
    });
    expect([...noSecret.exchanges, ...badAuth.exchanges]).toEqual([]);
  });
});
