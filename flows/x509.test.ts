/** The self-signed certificate as Node's own X.509 parser sees it, and the reader's errors. */
import { X509Certificate, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toPem } from './pem';
import { createSelfSignedCertificate, readCertificate } from './x509';

async function rsaKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  ) as Promise<CryptoKeyPair>;
}

describe('createSelfSignedCertificate', () => {
  it('makes a certificate that Node parses, whose signature verifies with its own public key', async () => {
    const keyPair = await rsaKeys();
    const notBefore = new Date('2026-01-01T00:00:00Z');
    const notAfter = new Date('2027-01-01T00:00:00Z');
    const pem = await createSelfSignedCertificate({ keyPair, commonName: 'Playground Test', notBefore, notAfter });
    const cert = new X509Certificate(pem);
    expect(cert.subject).toBe('CN=Playground Test');
    expect(cert.issuer).toBe('CN=Playground Test');
    expect(new Date(cert.validFrom).toISOString()).toBe(notBefore.toISOString());
    expect(new Date(cert.validTo).toISOString()).toBe(notAfter.toISOString());
    expect(cert.verify(cert.publicKey)).toBe(true);
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keyPair.publicKey));
    expect(cert.publicKey.export({ type: 'spki', format: 'der' }).equals(Buffer.from(spki))).toBe(true);
  });

  it('writes dates from 2050 on as GeneralizedTime', async () => {
    const pem = await createSelfSignedCertificate({ keyPair: await rsaKeys(), commonName: 'Far', notBefore: new Date('2049-06-01T00:00:00Z'), notAfter: new Date('2051-03-04T05:06:07Z') });
    expect(new Date(new X509Certificate(pem).validTo).toISOString()).toBe('2051-03-04T05:06:07.000Z');
    expect(readCertificate(pem).notAfter.toISOString()).toBe('2051-03-04T05:06:07.000Z');
  });
});

describe('readCertificate', () => {
  it('reads back the subject, validity and public key', async () => {
    const keyPair = await rsaKeys();
    const pem = await createSelfSignedCertificate({ keyPair, commonName: 'Reader', notBefore: new Date('2026-02-03T04:05:06Z'), notAfter: new Date('2026-12-31T23:59:59Z') });
    const info = readCertificate(pem);
    expect(info.commonName).toBe('Reader');
    expect(info.notBefore.toISOString()).toBe('2026-02-03T04:05:06.000Z');
    expect(createPublicKey({ key: Buffer.from(info.spki), format: 'der', type: 'spki' }).asymmetricKeyType).toBe('rsa');
  });

  it('reads a certificate made by OpenSSL (v3, with extensions and a multi-part subject) as Node does', () => {
    const pem = readFileSync(new URL('./fixtures/openssl-self-signed.crt', import.meta.url), 'utf8');
    const info = readCertificate(pem);
    const node = new X509Certificate(pem);
    expect(info.commonName).toBe('OpenSSL Made');
    expect(info.notBefore.toISOString()).toBe(new Date(node.validFrom).toISOString());
    expect(info.notAfter.toISOString()).toBe(new Date(node.validTo).toISOString());
    expect(Buffer.from(info.spki).equals(node.publicKey.export({ type: 'spki', format: 'der' }))).toBe(true);
  });

  it.each([
    ['no PEM block at all', 'hello', 'there is no -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- block'],
    ['a key instead of a certificate', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'it is a "PUBLIC KEY" block, not "CERTIFICATE"'],
    ['text that is not base64', '-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----', 'the text between the BEGIN and END lines is not base64'],
    ['base64 that is not DER', toPem('CERTIFICATE', Uint8Array.of(1, 2, 3, 4)), 'the certificate is missing or malformed'],
    ['a truncated certificate', toPem('CERTIFICATE', Uint8Array.of(0x30, 0x82, 0x05, 0x00, 0x30)), 'an element is longer than the data'],
  ])('refuses %s', (_label, pem, message) => {
    expect(() => readCertificate(pem)).toThrow(message);
  });

  it('refuses a certificate whose key is not RSA', async () => {
    const ec = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const rsa = await rsaKeys();
    // An RSA-signed body carrying an EC public key: only the key type matters to the reader.
    const pem = await createSelfSignedCertificate({ keyPair: { publicKey: ec.publicKey, privateKey: rsa.privateKey }, commonName: 'EC', notBefore: new Date(), notAfter: new Date() });
    expect(() => readCertificate(pem)).toThrow('its public key is not an RSA key');
  });
});
