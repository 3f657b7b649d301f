import { compactVerify, importSPKI } from 'jose';
import { toPem } from '@/flows/pem';
import { readCertificate } from '@/flows/x509';
import { InvalidGrantError } from '../errors';
import type { ConnectedApp } from '../state';
import { INVALID_ASSERTION } from './assertion';

/**
 * The assertion must be signed RS256 by the key of the certificate on the app ("Use digital signatures").
 * No certificate, another algorithm, another key or a changed byte: `invalid assertion`.
 */
export async function verifyAssertionSignature(app: ConnectedApp, token: string): Promise<void> {
  if (app.certificate === '') throw new InvalidGrantError(INVALID_ASSERTION);
  try {
    const key = await importSPKI(toPem('PUBLIC KEY', readCertificate(app.certificate).spki), 'RS256');
    await compactVerify(token, key, { algorithms: ['RS256'] });
  } catch {
    throw new InvalidGrantError(INVALID_ASSERTION);
  }
}
