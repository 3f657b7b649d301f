/**
 * The client's key and certificate for the JWT bearer flow: made in the browser (an RSA key pair and
 * a self-signed certificate), or pasted (a PEM certificate and its PKCS#8 private key), checked to belong
 * together. The private key stays a CryptoKey in memory: it is never turned back into text to show.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importPKCS8, importSPKI, type JWK } from 'jose';
import { fromPem, PemError, toPem } from '../pem';
import { CertificateError, createSelfSignedCertificate, readCertificate } from '../x509';

export interface KeyMaterial {
  certificatePem: string;
  /** Non-extractable once imported: it signs and cannot be read back. */
  privateKey: CryptoKey;
  /** The certificate's public key as a JWK (kty, n, e). */
  publicJwk: JWK;
  /** RFC 7638 SHA-256 thumbprint of the public key, base64url. */
  thumbprint: string;
  commonName: string;
  notBefore: string;
  notAfter: string;
  source: 'generated' | 'pasted';
}

/** A pasted value that is not usable, naming the input so the page can show it next to the field. */
export class KeyMaterialError extends Error {
  constructor(
    readonly field: 'certificatePem' | 'privateKeyPem',
    message: string,
  ) {
    super(message);
  }
}

const DAY_MS = 24 * 3600 * 1000;

async function describe(certificatePem: string, privateKey: CryptoKey, source: KeyMaterial['source']): Promise<KeyMaterial> {
  const info = readCertificate(certificatePem);
  const publicKey = await importSPKI(toPem('PUBLIC KEY', info.spki), 'RS256', { extractable: true });
  const { kty, n, e } = await exportJWK(publicKey);
  const publicJwk: JWK = { kty, n, e };
  return {
    certificatePem,
    privateKey,
    publicJwk,
    thumbprint: await calculateJwkThumbprint(publicJwk),
    commonName: info.commonName,
    notBefore: info.notBefore.toISOString(),
    notAfter: info.notAfter.toISOString(),
    source,
  };
}

/** A 2048-bit RSA key pair and a certificate for it valid for a year from `now` (the org's clock). */
export async function generateKeyMaterial(now: number, commonName = 'Playground JWT Bearer Client'): Promise<KeyMaterial> {
  const keyPair = await generateKeyPair('RS256', { modulusLength: 2048, extractable: false });
  const certificatePem = await createSelfSignedCertificate({
    keyPair,
    commonName,
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + 365 * DAY_MS),
  });
  return describe(certificatePem, keyPair.privateKey, 'generated');
}

/** The key re-armored with 64-character lines: a password field keeps a pasted PEM on one line. */
function normalisedKey(pem: string): string {
  return toPem('PRIVATE KEY', fromPem(pem, 'PRIVATE KEY'));
}

async function importPrivateKey(pem: string): Promise<CryptoKey> {
  try {
    fromPem(pem, 'PRIVATE KEY');
  } catch (cause) {
    const hint = /BEGIN RSA PRIVATE KEY/.test(pem) ? ' (a PKCS#1 "RSA PRIVATE KEY": convert it with `openssl pkcs8 -topk8 -nocrypt`)' : '';
    throw new KeyMaterialError('privateKeyPem', `The private key is not a PKCS#8 PEM key: ${(cause as PemError).message}${hint}.`);
  }
  try {
    // Extractable only long enough to compare its public half with the certificate's.
    return await importPKCS8(normalisedKey(pem), 'RS256', { extractable: true });
  } catch {
    throw new KeyMaterialError('privateKeyPem', 'The private key is not an RSA key in PKCS#8: RS256 needs one.');
  }
}

/** The pasted certificate and key, or a KeyMaterialError naming the field at fault. */
export async function importKeyMaterial(certificatePem: string, privateKeyPem: string): Promise<KeyMaterial> {
  try {
    readCertificate(certificatePem);
  } catch (cause) {
    throw new KeyMaterialError('certificatePem', `The certificate is not a PEM X.509 certificate: ${(cause as CertificateError).message}.`);
  }
  const extractable = await importPrivateKey(privateKeyPem);
  const material = await describe(certificatePem, extractable, 'pasted');
  const { n, e } = await exportJWK(extractable);
  if (n !== material.publicJwk.n || e !== material.publicJwk.e) {
    throw new KeyMaterialError('privateKeyPem', 'The private key does not match the certificate: its public half differs from the certificate\'s public key.');
  }
  const privateKey = await importPKCS8(normalisedKey(privateKeyPem), 'RS256', { extractable: false });
  return { ...material, privateKey };
}

/** What is wrong with a pasted certificate, at a glance (the key match is checked when the step runs). */
export function certificateInputProblem(pem: string): string | undefined {
  try {
    readCertificate(pem);
    return undefined;
  } catch (cause) {
    return `Not a PEM X.509 certificate: ${(cause as CertificateError).message}.`;
  }
}

/** What is wrong with a pasted private key, at a glance. */
export function privateKeyInputProblem(pem: string): string | undefined {
  try {
    fromPem(pem, 'PRIVATE KEY');
    return undefined;
  } catch (cause) {
    const hint = /BEGIN RSA PRIVATE KEY/.test(pem) ? ' PKCS#1 keys convert with `openssl pkcs8 -topk8 -nocrypt`.' : '';
    return `Not a PKCS#8 PEM private key: ${(cause as PemError).message}.${hint}`;
  }
}
