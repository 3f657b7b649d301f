/** The chooser over a table of integrations: each must recommend its flow and rule out the ones listed. */
import { describe, expect, it } from 'vitest';
import { allFlows } from '@/flows';
import { ALL_FLOW_KEYS, PLAYGROUND_FLOW_IDS, type FlowKey } from './catalogue';
import { decide } from './decide';
import { answersQuery, readAnswers, type Answers } from './questions';

interface Case {
  name: string;
  answers: Answers;
  recommends: FlowKey;
  /** Whether the recommendation fits as answered (false: it is the nearest flow, one change away). */
  fits?: boolean;
  runnerUp?: FlowKey;
  rulesOut: FlowKey[];
}

const CASES: Case[] = [
  {
    name: 'a nightly ETL job on our server, with a key store',
    answers: { who: 'none', secret: 'yes', key: 'yes' },
    recommends: 'jwt-bearer',
    runnerUp: 'client-credentials',
    rulesOut: ['username-password', 'device', 'web-server', 'web-server-pkce', 'user-agent', 'refresh-token', 'saml-bearer'],
  },
  {
    name: 'a nightly ETL job with a secret and no key',
    answers: { who: 'none', secret: 'yes', key: 'no' },
    recommends: 'client-credentials',
    runnerUp: 'jwt-bearer',
    rulesOut: ['username-password', 'web-server', 'device', 'refresh-token'],
  },
  {
    name: 'CI deploying with the Salesforce CLI (a key, no secret)',
    answers: { who: 'none', secret: 'no', key: 'yes' },
    recommends: 'jwt-bearer',
    runnerUp: 'client-credentials',
    rulesOut: ['username-password', 'device', 'web-server-pkce'],
  },
  {
    name: 'a React single-page app, CORS allowed on the My Domain',
    answers: { who: 'browser', secret: 'no', key: 'no', cors: 'yes' },
    recommends: 'web-server-pkce',
    runnerUp: 'web-server',
    rulesOut: ['user-agent', 'username-password', 'client-credentials', 'jwt-bearer', 'device', 'refresh-token'],
  },
  {
    name: 'a single-page app whose org will not allow CORS on the token endpoint',
    answers: { who: 'browser', secret: 'no', cors: 'no' },
    recommends: 'user-agent',
    runnerUp: 'web-server-pkce',
    rulesOut: ['web-server', 'username-password', 'client-credentials', 'device'],
  },
  {
    name: 'a single-page app with its own back end (a back end for front end)',
    answers: { who: 'browser', secret: 'yes', key: 'no', cors: 'na' },
    recommends: 'web-server',
    runnerUp: 'web-server-pkce',
    rulesOut: ['user-agent', 'username-password', 'client-credentials'],
  },
  {
    name: 'a server-rendered web app',
    answers: { who: 'browser', secret: 'yes' },
    recommends: 'web-server',
    rulesOut: ['user-agent', 'username-password', 'device', 'jwt-bearer', 'client-credentials'],
  },
  {
    name: 'a native mobile app without the Mobile SDK',
    answers: { who: 'browser', secret: 'no', key: 'no', cors: 'na' },
    recommends: 'web-server-pkce',
    runnerUp: 'web-server',
    rulesOut: ['user-agent', 'username-password', 'hybrid', 'client-credentials'],
  },
  {
    name: 'a Mobile SDK app',
    answers: { who: 'browser', secret: 'no', sdk: 'yes' },
    recommends: 'hybrid',
    runnerUp: 'web-server-pkce',
    rulesOut: ['user-agent', 'username-password', 'web-server'],
  },
  {
    name: 'a smart TV app with no back end',
    answers: { who: 'device', secret: 'no', key: 'no' },
    recommends: 'device',
    runnerUp: 'web-server',
    rulesOut: ['jwt-bearer', 'web-server-pkce', 'client-credentials', 'username-password', 'user-agent'],
  },
  {
    name: 'a smart TV app whose vendor runs a back end',
    answers: { who: 'device', secret: 'yes', key: 'no' },
    recommends: 'device',
    runnerUp: 'web-server',
    rulesOut: ['jwt-bearer', 'web-server-pkce', 'client-credentials', 'username-password'],
  },
  {
    name: 'a command-line tool on a remote machine with no browser',
    answers: { who: 'device', secret: 'no' },
    recommends: 'device',
    rulesOut: ['web-server-pkce', 'user-agent', 'jwt-bearer', 'username-password'],
  },
  {
    name: 'a SaaS sync that a person connects once, on the vendor\'s servers',
    answers: { who: 'once', secret: 'yes', key: 'no' },
    recommends: 'refresh-token',
    runnerUp: 'jwt-bearer',
    rulesOut: ['client-credentials', 'username-password', 'device', 'user-agent'],
  },
  {
    name: 'a desktop sync app a person connects once',
    answers: { who: 'once', secret: 'no', key: 'no' },
    recommends: 'refresh-token',
    rulesOut: ['client-credentials', 'username-password', 'web-server'],
  },
  {
    name: 'a legacy ETL connector that only knows a username and password',
    answers: { who: 'none', secret: 'yes', legacy: 'yes' },
    recommends: 'username-password',
    runnerUp: 'client-credentials',
    rulesOut: ['jwt-bearer', 'device', 'web-server', 'web-server-pkce'],
  },
  {
    name: 'an Experience Cloud site with its own login screen',
    answers: { who: 'browser', secret: 'no', site: 'yes' },
    recommends: 'headless',
    runnerUp: 'web-server-pkce',
    rulesOut: ['user-agent', 'username-password'],
  },
  {
    name: 'IoT devices registered as assets',
    answers: { who: 'device', secret: 'no', assets: 'yes' },
    recommends: 'asset-token',
    rulesOut: ['username-password', 'jwt-bearer', 'client-credentials'],
  },
  {
    name: 'users signed in with another identity provider, on a web app',
    answers: { who: 'browser', secret: 'yes', idp: 'yes' },
    recommends: 'token-exchange',
    runnerUp: 'web-server',
    rulesOut: ['username-password', 'user-agent'],
  },
  {
    name: 'a job with nobody there that can keep neither a secret nor a key',
    answers: { who: 'none', secret: 'no', key: 'no' },
    recommends: 'jwt-bearer',
    fits: false,
    runnerUp: 'client-credentials',
    rulesOut: ['username-password', 'device', 'web-server-pkce'],
  },
];

describe.each(CASES)('$name', ({ answers, recommends, fits = true, runnerUp, rulesOut }) => {
  const decision = decide(answers);
  if (!decision.complete) throw new Error('incomplete');

  it(`recommends ${recommends}`, () => {
    expect(decision.recommended.flow.key).toBe(recommends);
    expect(decision.recommended.fits).toBe(fits);
    expect(decision.recommended.because.length).toBeGreaterThan(0);
  });

  if (runnerUp) it(`has ${runnerUp} as the runner-up`, () => expect(decision.runnerUp?.flow.key).toBe(runnerUp));

  it('rules out the flows it must, each with a reason', () => {
    const out = decision.ruledOut.map((r) => r.flow.key);
    for (const key of rulesOut) expect(out, key).toContain(key);
    for (const r of decision.ruledOut) expect(r.reasons.length, r.flow.key).toBeGreaterThan(0);
  });

  it('accounts for every flow exactly once', () => {
    const all = [decision.recommended.flow.key, ...(decision.runnerUp ? [decision.runnerUp.flow.key] : []), ...decision.ruledOut.map((r) => r.flow.key)];
    expect([...all].sort()).toEqual([...ALL_FLOW_KEYS].sort());
  });

  it('reads back the same from its URL', () => {
    expect(decide(readAnswers(new URLSearchParams(answersQuery(answers))))).toEqual(decision);
  });
});

it('has at least 15 cases, and every flow on the playground is the answer to one', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(15);
  const answered = new Set(CASES.map((c) => c.recommends));
  for (const id of PLAYGROUND_FLOW_IDS) expect(answered, id).toContain(id);
});

it('knows the playground flows by the registry\'s ids', () => {
  expect([...PLAYGROUND_FLOW_IDS].sort()).toEqual(allFlows.map((flow) => flow.id).sort());
});

it('waits for the first question', () => {
  expect(decide({ secret: 'yes' })).toEqual({ complete: false });
});

it('says which answers it assumed', () => {
  const decision = decide({ who: 'browser' });
  expect(decision.complete && decision.assumed).toEqual(['secret', 'key', 'sdk', 'site', 'assets', 'idp', 'cors', 'legacy']);
});

it('drops values a question does not offer', () => {
  expect(readAnswers(new URLSearchParams('who=robot&secret=yes&key=maybe'))).toEqual({ secret: 'yes' });
});
