/** The org's RS256 signing key, published at /id/keys. */
import { exportJWK, generateKeyPair } from 'jose';

export interface PublicJwk {
  kty: 'RSA';
  n: string;
  e: string;
  alg: 'RS256';
  use: 'sig';
  kid: string;
}

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
}

/** Salesforce's key ids are small numbers as strings. */
const KID = '248';

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const { n = '', e = '' } = await exportJWK(publicKey);
  return { kid: KID, privateKey, publicJwk: { kty: 'RSA', n, e, alg: 'RS256', use: 'sig', kid: KID } };
}

let shared: Promise<SigningKey> | undefined;

/**
 * The key every mock org in this process signs with, made once. Salesforce publishes one set of keys per
 * login host for all its orgs, so orgs sharing a key is faithful; and an RSA key pair takes a few hundred
 * milliseconds to make, which a fresh org per lab scenario, per test or per tenant would pay each time.
 */
export function sharedSigningKey(): Promise<SigningKey> {
  shared ??= generateSigningKey().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
