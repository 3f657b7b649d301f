/** Client authentication on the token and introspection endpoints: client_secret_basic or client_secret_post. */
import { InvalidClientError } from '../errors';
import type { Params } from './params';
import type { MockRequest } from './mock-request';

export interface ClientCredentials {
  clientId?: string;
  clientSecret?: string;
}

function decodeBasic(encoded: string): ClientCredentials {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
  } catch {
    throw new InvalidClientError('invalid client credentials');
  }
  const colon = decoded.indexOf(':');
  if (colon === -1) throw new InvalidClientError('invalid client credentials');
  return { clientId: decoded.slice(0, colon) || undefined, clientSecret: decoded.slice(colon + 1) || undefined };
}

/** An `Authorization: Basic` header wins over client_id/client_secret parameters. */
export function clientCredentials(request: MockRequest, params: Params): ClientCredentials {
  const header = request.headers.get('authorization') ?? '';
  if (/^basic /i.test(header)) return decodeBasic(header.slice(6).trim());
  return { clientId: params.get('client_id'), clientSecret: params.get('client_secret') };
}
