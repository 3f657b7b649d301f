/** The username-password flow run headless against the mock org: blocked by default, then allowed by the org setting. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import type { FlowInputs } from '../types';
import { usernamePasswordFlow } from './username-password';

const APP = DEMO.apps.web;
const ADA = DEMO.users.ada;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

/** The page's demo inputs without scopes (the token request sends none), with `changes`. */
const runner = (changes: Partial<FlowInputs> = {}) => runnerOnOrg(org, usernamePasswordFlow, mockInputs(usernamePasswordFlow.id, { scope: '', ...changes }));

const allow = (settings: Record<string, unknown> = {}) =>
  expect(org.applyAdminPatch({ settings: { allowUsernamePasswordFlows: true, ...settings } }).ok).toBe(true);

const AUTHENTICATION_FAILURE = { kind: 'oauth', stepId: 'request-token', status: 400, error: 'invalid_grant', errorDescription: 'authentication failure' };

describe('username-password', () => {
  it('is refused with authentication failure while the org blocks the flow, explaining what Salesforce does not say', async () => {
    const snapshot = await runner().runAll();
    const outcome = snapshot.steps[0]?.outcome;
    expect(outcome?.ok === false && outcome.error).toEqual(AUTHENTICATION_FAILURE);
    expect(outcome?.notes?.join(' ')).toContain('Allow OAuth Username-Password Flows');
    expect(snapshot.next).toBe('request-token');
    expect(snapshot.exchanges).toHaveLength(1);
  });

  it('runs to the end once the org allows it, with the security token appended and no refresh token back', async () => {
    const run = runner();
    await run.runAll();
    allow();
    const snapshot = await run.runAll();
    expect(snapshot.steps.map((s) => `${s.id}:${s.status}`)).toEqual(['request-token:done', 'rest-query:done']);
    const token = snapshot.exchanges.find((e) => e.stepId === 'request-token');
    expect([...new URLSearchParams(token?.request.body)]).toEqual([
      ['grant_type', 'password'], ['client_id', APP.consumerKey], ['client_secret', APP.consumerSecret], ['username', ADA.username],
      ['password', `${ADA.password}${ADA.securityToken}`],
    ]);
    expect(Object.keys(JSON.parse(token?.response?.body ?? '{}'))).toEqual(['access_token', 'instance_url', 'id', 'token_type', 'issued_at', 'signature']);
    expect(snapshot.state.tokens?.refreshToken).toBeUndefined();
    expect(snapshot.state.queryResult?.totalSize).toBeGreaterThan(0);
  });

  it('needs the security token unless the caller\'s IP is trusted', async () => {
    allow();
    const withoutToken = await runner({ securityToken: '' }).runAll();
    expect(withoutToken.steps[0]?.outcome).toMatchObject({ ok: false, error: AUTHENTICATION_FAILURE });
    allow({ callerIpTrusted: true });
    expect((await runner({ securityToken: '' }).runAll()).next).toBeUndefined();
  });

  it.each([
    ['a wrong password', { password: 'wrong' }, 'invalid_grant', 'authentication failure'],
    ['a wrong consumer secret', { clientSecret: 'wrong' }, 'invalid_client', 'invalid client credentials'],
    ['an unknown consumer key', { clientId: '3MVG9unknown' }, 'invalid_client_id', 'client identifier invalid'],
  ] as const)('fails with %s', async (_label, changes, error, errorDescription) => {
    allow();
    const outcome = (await runner(changes).runAll()).steps[0]?.outcome;
    expect(outcome?.ok === false && outcome.error).toEqual({ kind: 'oauth', stepId: 'request-token', status: 400, error, errorDescription });
  });
});
