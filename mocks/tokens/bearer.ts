import type { MockRequest } from '../http/mock-request';

/** The access token a resource request carries: `Authorization: Bearer ...` (or Salesforce's legacy `OAuth ...`). */
export function bearerToken(request: MockRequest): string | undefined {
  const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}
