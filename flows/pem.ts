/** PEM armor (RFC 7468): base64 of DER between BEGIN and END lines with a label. */
import { bytesToBase64 } from './pkce';

export class PemError extends Error {}

export function toPem(label: string, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER inside the first block with this label; throws PemError naming what is wrong. */
export function fromPem(text: string, label: string): Uint8Array {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  if (!match) {
    const other = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
    throw new PemError(other ? `it is a "${other}" block, not "${label}"` : `there is no -----BEGIN ${label}----- ... -----END ${label}----- block`);
  }
  const body = (match[1] ?? '').replace(/\s+/g, '');
  if (body === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) throw new PemError('the text between the BEGIN and END lines is not base64');
  return Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
}
