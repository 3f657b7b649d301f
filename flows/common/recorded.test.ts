/** Reading the teaching panels' inputs from a real run against the mock org, edited requests included. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import { comparePkce, deriveChallenge } from '../pkce';
import { recordedJson, recordedJwks, sentPkce } from './recorded';
import { webServerPkceFlow } from '../web-server/web-server-pkce';

let org: MockOrg;

beforeEach(async () => {
  org = await createMockOrg();
});

const pkceRunner = () => runnerOnOrg(org, webServerPkceFlow, mockInputs(webServerPkceFlow.id));

describe('sentPkce', () => {
  it('is undefined until the token request is sent, then holds the challenge and verifier as sent', async () => {
    const runner = pkceRunner();
    expect((await runner.runAll({ to: 'check-callback' })).next).toBe('exchange-code');
    expect(sentPkce(runner.getSnapshot().exchanges)).toBeUndefined();
    await runner.run('exchange-code');
    const { state, exchanges } = runner.getSnapshot();
    const sent = sentPkce(exchanges);
    expect(sent).toEqual({ challenge: state.pkce?.challenge, method: 'S256', verifier: state.pkce?.verifier });
    expect((await comparePkce(sent!)).status).toBe('match');
  });

  it('reads an edited code_verifier, which no longer hashes to the challenge', async () => {
    const runner = pkceRunner();
    expect((await runner.runAll({ to: 'check-callback' })).next).toBe('exchange-code');
    const request = runner.prepare('exchange-code');
    const body = new URLSearchParams(request.body);
    const verifier = body.get('code_verifier')!;
    const edited = `${verifier.slice(0, -1)}${verifier.endsWith('0') ? '1' : '0'}`;
    body.set('code_verifier', edited);
    const run = await runner.run('exchange-code', { ...request, body: body.toString() });
    expect(run.outcome?.ok === false && run.outcome.error).toMatchObject({ error: 'invalid_grant', errorDescription: 'invalid code verifier' });
    const sent = sentPkce(runner.getSnapshot().exchanges)!;
    expect(sent.verifier).toBe(edited);
    const comparison = await comparePkce(sent);
    expect(comparison.status).toBe('mismatch');
    expect(comparison.status === 'mismatch' && comparison.derivation.challenge).toBe((await deriveChallenge(edited)).challenge);
  });

  it('reads an edited code_challenge from the authorization request the browser sent', async () => {
    const runner = pkceRunner();
    expect((await runner.runAll({ to: 'build-authorize-url' })).next).toBe('authorize');
    const request = runner.prepare('authorize');
    const url = new URL(request.url);
    const other = (await deriveChallenge('x'.repeat(43))).challenge;
    url.searchParams.set('code_challenge', other);
    await runner.run('authorize', { ...request, url: url.toString() });
    await runner.run('check-callback');
    await runner.run('exchange-code');
    const sent = sentPkce(runner.getSnapshot().exchanges)!;
    expect(sent.challenge).toBe(other);
    expect((await comparePkce(sent)).status).toBe('mismatch');
  });
});

describe('recordedJson and recordedJwks', () => {
  it('give the token response and the key set as received', async () => {
    const runner = pkceRunner();
    expect((await runner.runAll({ to: 'verify-id-token' })).next).toBe('identity');
    const { exchanges, state } = runner.getSnapshot();
    const tokenResponse = recordedJson(exchanges, 'exchange-code');
    expect(tokenResponse?.issued_at).toBe(state.tokens?.issuedAt);
    expect(Object.keys(tokenResponse ?? {})).toContain('token_type');
    const jwks = recordedJwks(exchanges);
    expect(jwks?.keys.map((k) => k.kid)).toEqual([org.state.keys.kid]);
    expect(recordedJwks(exchanges.filter((e) => e.stepId !== 'verify-id-token'))).toBeUndefined();
    expect(recordedJson(exchanges, 'no-such-step')).toBeUndefined();
  });
});
