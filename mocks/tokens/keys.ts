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
