/** The back channel to a real org: each request goes to this site's /relay, which forwards it once and returns Salesforce's raw answer. */
import type { Transport, WireRequest, WireResponse } from '@/flows/http';

function isWireResponse(value: unknown): value is WireResponse {
  const v = value as WireResponse;
  return !!v && typeof v.status === 'number' && typeof v.statusText === 'string' && Array.isArray(v.headers) && typeof v.body === 'string';
}

export function relayTransport(relayUrl = '/relay'): Transport {
  return {
    target: 'real',
    async send(request: WireRequest): Promise<WireResponse> {
      const response = await fetch(relayUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
        credentials: 'same-origin',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
      const data: unknown = await response.json().catch(() => undefined);
      if (response.ok && isWireResponse(data)) return data;
      const description = (data as { error_description?: unknown } | undefined)?.error_description;
      throw new Error(`The relay did not send this request (HTTP ${response.status}): ${typeof description === 'string' ? description : 'no reason given'}`);
    },
  };
}
