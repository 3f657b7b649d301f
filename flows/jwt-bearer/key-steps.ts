/** The JWT bearer flow's setup: the client's key and certificate, and the certificate on the connected app. */
import { validationError } from '../errors';
import { failed } from '../outcomes';
import { required } from '../requests';
import type { LocalStep, StepOutcome } from '../types';
import { generateKeyMaterial, importKeyMaterial, KeyMaterialError, type KeyMaterial } from './key-material';
import type { JwtBearerState } from './state';

type S = JwtBearerState;

const MASKED_KEY = '-----BEGIN PRIVATE KEY----- •••••••• -----END PRIVATE KEY-----';

function keyNotes(material: KeyMaterial): string[] {
  return [
    material.source === 'generated'
      ? 'A 2048-bit RSA key pair, made in this tab with Web Crypto, and a self-signed X.509 certificate for its public key.'
      : 'The pasted certificate and private key belong together: the key\'s public half is the certificate\'s public key.',
    `Certificate subject CN=${material.commonName || '(none)'}, valid from ${material.notBefore} to ${material.notAfter}.`,
    `Public key thumbprint (RFC 7638, SHA-256): ${material.thumbprint}.`,
    `Private key: ${MASKED_KEY}. It stays in this tab as a CryptoKey that can sign but cannot be read back, so it is never shown.`,
  ];
}

async function keyMaterial(state: S, now: number): Promise<KeyMaterial> {
  const certificate = (state.inputs.certificatePem ?? '').trim();
  const privateKey = (state.inputs.privateKeyPem ?? '').trim();
  if (certificate === '' && privateKey === '') return generateKeyMaterial(now);
  if (certificate === '') throw new KeyMaterialError('certificatePem', 'Paste the certificate that goes with the private key, or clear both fields to make a new pair.');
  if (privateKey === '') throw new KeyMaterialError('privateKeyPem', 'Paste the private key that goes with the certificate, or clear both fields to make a new pair.');
  return importKeyMaterial(certificate, privateKey);
}

export const makeKey: LocalStep<S> = {
  id: 'make-key',
  title: 'Make a key pair and a self-signed certificate (or use your own)',
  kind: 'local',
  from: 'client',
  to: 'client',
  message: 'RSA key pair + X.509 certificate',
  async run(state, { now }): Promise<StepOutcome<S>> {
    try {
      const material = await keyMaterial(state, now);
      return { ok: true, state: { ...state, keyMaterial: material }, notes: keyNotes(material) };
    } catch (cause) {
      if (cause instanceof KeyMaterialError) return failed(validationError('make-key', 'bad_input', cause.message, cause.field));
      throw cause;
    }
  },
};

export const registerCertificate: LocalStep<S> = {
  id: 'register-certificate',
  title: 'Register the certificate on the connected app',
  kind: 'local',
  from: 'user',
  to: 'auth',
  message: 'admin uploads the certificate (Use digital signatures)',
  async run(state, { admin }): Promise<StepOutcome<S>> {
    const { certificatePem, thumbprint } = required(state.keyMaterial, 'The certificate');
    const where = 'Setup > App Manager > the app > Edit > Enable OAuth Settings > Use digital signatures';
    if (!admin) {
      const notes = [`Upload the certificate in ${where}, then save; a change can take a few minutes to reach every server.`];
      return { ok: true, state: { ...state, registration: { on: 'setup' } }, notes };
    }
    const result = admin.registerCertificate(state.inputs.clientId, certificatePem);
    if (!result.ok) return failed(validationError('register-certificate', 'bad_input', `The mock org refused the certificate: ${result.message}.`, 'clientId'));
    const notes = [
      `Registered on "${result.appName}" of the mock org through its admin API, as an admin does in ${where}.`,
      `Salesforce now verifies this app's assertions with the public key of thumbprint ${thumbprint}; only the certificate was uploaded, never the private key.`,
    ];
    return { ok: true, state: { ...state, registration: { on: 'mock-org', appName: result.appName } }, notes };
  },
};
