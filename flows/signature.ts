/**
 * Salesforce's `signature` token-response field (wire reference 1.5):
 * Base64(HMAC-SHA256(key = consumer secret, message = id + issued_at)), standard Base64 with padding.
 * It lets a client that holds the consumer secret confirm that `id` and `issued_at` came from Salesforce.
 */
import { bytesToBase64 } from './pkce';

const encoder = new TextEncoder();

export async function salesforceSignature(secret: string, id: string, issuedAt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(id + issuedAt));
  return bytesToBase64(new Uint8Array(mac));
}

export interface SignatureCheck {
  ok: boolean;
  /** The exact text HMAC'd: id followed by issued_at, no separator. */
  message: string;
  expected: string;
  received: string;
}

/** Recomputes the signature and compares it with the one received. */
export async function verifySalesforceSignature(
  secret: string,
  id: string,
  issuedAt: string,
  received: string,
): Promise<SignatureCheck> {
  const expected = await salesforceSignature(secret, id, issuedAt);
  return { ok: expected === received, message: id + issuedAt, expected, received };
}

/** A secret as the page may show it: its length and last four characters, never the rest. */
export function maskSecret(secret: string): string {
  if (secret.length === 0) return '(empty)';
  const shown = secret.length > 12 ? secret.slice(-4) : '';
  return `${'•'.repeat(8)}${shown} (${secret.length} characters)`;
}
