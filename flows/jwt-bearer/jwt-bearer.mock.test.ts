/** The JWT bearer flow run headless against the mock org: made and pasted keys, the certificate registered by the admin step, and Salesforce's errors. */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import { decodeJwt } from '../jwt';
import type { FlowInputs, OrgAdmin } from '../types';
import { generateKeyMaterial } from './key-material';
import { exportPKCS8, generateKeyPair } from 'jose';
import { createSelfSignedCertificate } from '../x509';
import { jwtBearerFlow } from './jwt-bearer';

const APP = DEMO.apps.server;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const runner = (changes: Partial<FlowInputs> = {}, admin?: OrgAdmin | null) => runnerOnOrg(org, jwtBearerFlow, mockInputs(jwtBearerFlow.id, changes), { admin });

const outcomeOf = (snapshot: Awaited<ReturnType<ReturnType<typeof runner>['runAll']>>, id: string) => snapshot.steps.find((s) => s.id === id)?.outcome;

describe('jwt-bearer', () => {
  it('runs every step: the key is made, the certificate registered, the assertion signed and sent, the token used', async () => {
    const snapshot = await runner().runAll();
    expect(snapshot.steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'make-key:done', 'register-certificate:done', 'build-assertion:done', 'sign-assertion:done', 'request-token:done', 'identity:done', 'rest-query:done',
    ]);
    const material = snapshot.state.keyMaterial;
    expect(org.state.apps.find((a) => a.consumerKey === APP.consumerKey)?.certificate).toBe(material?.certificatePem);
    expect(createPublicKey(material?.certificatePem ?? '').export({ format: 'jwk' })).toMatchObject({ n: material?.publicJwk.n, e: 'AQAB' });
    const token = snapshot.exchanges.find((e) => e.stepId === 'request-token');
    const sent = new URLSearchParams(token?.request.body);
    expect([...sent.keys()]).toEqual(['grant_type', 'assertion']);
    expect(sent.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const { header, payload } = decodeJwt(sent.get('assertion') ?? '');
    expect(header).toEqual({ alg: 'RS256' });
    expect(Object.keys(payload)).toEqual(['iss', 'sub', 'aud', 'exp']);
    expect(payload).toMatchObject({ iss: APP.consumerKey, sub: DEMO.users.ada.username, aud: DEMO.hosts.login });
    expect(Object.keys(JSON.parse(token?.response?.body ?? '{}'))).toEqual(['access_token', 'scope', 'instance_url', 'id', 'token_type']);
    expect(snapshot.state.tokens?.issuedAt).toBeUndefined();
    expect(snapshot.state.identity?.username).toBe(DEMO.users.ada.username);
    const notes = outcomeOf(snapshot, 'make-key')?.notes ?? [];
    expect(notes.join('\n')).not.toMatch(/MII/);
  });

  it('signs exp on the org clock', async () => {
    org.advanceClock(3600);
    const snapshot = await runner({ assertionLifetime: '120' }).runAll();
    expect(snapshot.state.assertion?.claims.exp).toBeGreaterThanOrEqual(Math.floor(org.now() / 1000) + 118);
    expect(snapshot.next).toBeUndefined();
  });

  it('without the admin step\'s registration (a real org), says what to do in Setup; the mock answers invalid assertion', async () => {
    const snapshot = await runner({}, null).runAll();
    expect(outcomeOf(snapshot, 'register-certificate')?.notes?.[0]).toMatch(/^Upload the certificate in Setup > App Manager/);
    expect(outcomeOf(snapshot, 'request-token')).toEqual({ ok: false, error: { kind: 'oauth', stepId: 'request-token', status: 400, error: 'invalid_grant', errorDescription: 'invalid assertion' } });
  });

  it.each([
    ['a wrong audience', { audience: DEMO.hosts.sandboxLogin }, 'invalid_grant', 'audience is invalid'],
    ['an expired assertion', { assertionLifetime: '-30' }, 'invalid_grant', 'expired authorization code'],
    ['an unknown user', { username: 'nobody@acme.example' }, 'invalid_grant', "user hasn't approved this consumer"],
    ['a user not pre-authorized', { username: DEMO.users.grace.username }, 'invalid_app_access', 'user is not admin approved to access this app'],
    ['an unknown consumer key', { clientId: '3MVG9unknown' }, 'invalid_client_id', 'client identifier invalid'],
  ] as const)('fails the token request with %s', async (_label, changes, error, errorDescription) => {
    const admin = org.admin();
    // The certificate goes on the server app even when iss names another one.
    const snapshot = await runner(changes, { registerCertificate: (_key, pem) => admin.registerCertificate(APP.consumerKey, pem) }).runAll();
    expect(outcomeOf(snapshot, 'request-token')).toEqual({ ok: false, error: { kind: 'oauth', stepId: 'request-token', status: 400, error, errorDescription } });
  });

  it("fails with user hasn't approved this consumer once the app lets users self-authorize", async () => {
    org.applyAdminPatch({ apps: { [APP.consumerKey]: { permittedUsers: 'all' } } });
    const snapshot = await runner().runAll();
    expect(outcomeOf(snapshot, 'request-token')).toMatchObject({ ok: false, error: { error: 'invalid_grant', errorDescription: "user hasn't approved this consumer" } });
  });

  it('an assertion edited in the request after signing is an invalid assertion', async () => {
    const run = runner();
    expect((await run.runAll({ to: 'sign-assertion' })).next).toBe('request-token');
    const request = run.prepare('request-token');
    const [h, , s] = (new URLSearchParams(request.body).get('assertion') ?? '').split('.');
    const payload = Buffer.from(JSON.stringify({ iss: APP.consumerKey, sub: DEMO.users.ada.username, aud: DEMO.hosts.myDomain, exp: 9999999999 })).toString('base64url');
    const body = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: `${h}.${payload}.${s}` }).toString();
    const result = await run.run('request-token', { ...request, body });
    expect(result.outcome).toMatchObject({ ok: false, error: { error: 'invalid_grant', errorDescription: 'invalid assertion' } });
  });

  it('refuses a bad lifetime before signing, naming the field', async () => {
    const snapshot = await runner({ assertionLifetime: 'soon' }).runAll();
    expect(outcomeOf(snapshot, 'build-assertion')).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'assertionLifetime' } });
    expect(snapshot.exchanges).toEqual([]);
  });
});

describe('jwt-bearer with a pasted certificate and key', () => {
  let pasted: { certificatePem: string; privateKeyPem: string };
  let otherKeyPem: string;
  beforeAll(async () => {
    const keyPair = await generateKeyPair('RS256', { extractable: true });
    const certificatePem = await createSelfSignedCertificate({ keyPair, commonName: 'Pasted', notBefore: new Date(), notAfter: new Date(Date.now() + 864e5) });
    pasted = { certificatePem, privateKeyPem: await exportPKCS8(keyPair.privateKey) };
    otherKeyPem = await exportPKCS8((await generateKeyPair('RS256', { extractable: true })).privateKey);
  });

  it('runs to the end with the pasted pair, even with the key pasted on one line', async () => {
    const snapshot = await runner({ ...pasted, privateKeyPem: pasted.privateKeyPem.replace(/\n/g, '') }).runAll();
    expect(snapshot.next).toBeUndefined();
    expect(snapshot.state.keyMaterial?.source).toBe('pasted');
    expect(snapshot.state.keyMaterial?.commonName).toBe('Pasted');
  });

  it.each([
    ['a malformed certificate', () => ({ ...pasted, certificatePem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' }), 'certificatePem', 'The certificate is not a PEM X.509 certificate: the certificate is missing or malformed.'],
    ['a key that is not PEM', () => ({ ...pasted, privateKeyPem: 'secret' }), 'privateKeyPem', 'The private key is not a PKCS#8 PEM key: there is no -----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY----- block.'],
    ['a PKCS#1 key', () => ({ ...pasted, privateKeyPem: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString() }), 'privateKeyPem', /PKCS#1 "RSA PRIVATE KEY": convert it with `openssl pkcs8 -topk8 -nocrypt`/],
    ['a key that does not match the certificate', () => ({ ...pasted, privateKeyPem: otherKeyPem }), 'privateKeyPem', "The private key does not match the certificate: its public half differs from the certificate's public key."],
    ['only a certificate', () => ({ ...pasted, privateKeyPem: '' }), 'privateKeyPem', 'Paste the private key that goes with the certificate, or clear both fields to make a new pair.'],
    ['only a key', () => ({ ...pasted, certificatePem: '' }), 'certificatePem', 'Paste the certificate that goes with the private key, or clear both fields to make a new pair.'],
  ])('refuses %s next to the field, before anything is sent', async (_label, changes, field, message) => {
    const snapshot = await runner(changes()).runAll();
    expect(outcomeOf(snapshot, 'make-key')).toMatchObject({ ok: false, error: { kind: 'validation', code: 'bad_input', field, message } });
    expect(snapshot.exchanges).toEqual([]);
  });

  it('makes a fresh key each time without pasted values', async () => {
    const [a, b] = await Promise.all([generateKeyMaterial(Date.now()), generateKeyMaterial(Date.now())]);
    expect(a.thumbprint).not.toBe(b.thumbprint);
    expect(a.privateKey.extractable).toBe(false);
  });
});

describe('jwt-bearer input checks, run by the page as the settings are applied', () => {
  const check = (id: string) => jwtBearerFlow.inputs.find((input) => input.id === id)?.check;

  it('say what is wrong with a pasted certificate or key, and accept good ones', async () => {
    const material = await generateKeyMaterial(Date.now());
    expect(check('certificatePem')?.(material.certificatePem)).toBeUndefined();
    expect(check('certificatePem')?.('hello')).toBe('Not a PEM X.509 certificate: there is no -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- block.');
    expect(check('privateKeyPem')?.('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).toBeUndefined();
    expect(check('privateKeyPem')?.(material.certificatePem)).toBe('Not a PKCS#8 PEM private key: it is a "CERTIFICATE" block, not "PRIVATE KEY".');
    expect(check('privateKeyPem')?.('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----')).toMatch(/PKCS#1 keys convert with/);
  });
});
