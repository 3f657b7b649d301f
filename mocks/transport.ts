/** The in-process Transport: a WireRequest through the mock org's handlers, the raw response back. */
import type { Transport, WireRequest, WireResponse } from '@/flows/http';
import type { MockResponse } from './http/mock-response';

function toRequest(wire: WireRequest): Request {
  // Fetch refuses a body on GET and HEAD; a browser would not send one either.
  const bodyAllowed = !['GET', 'HEAD'].includes(wire.method.toUpperCase());
  return new Request(wire.url, {
    method: wire.method,
    headers: wire.headers.map(([name, value]): [string, string] => [name, value]),
    body: bodyAllowed ? wire.body : undefined,
  });
}

function toWireResponse(response: MockResponse): WireResponse {
  return { status: response.status, statusText: response.statusText, headers: response.headerList(), body: response.text() };
}

export function inProcessTransport(handle: (request: Request) => Promise<MockResponse>): Transport {
  return {
    target: 'mock',
    send: async (wire) => toWireResponse(await handle(toRequest(wire))),
  };
}
