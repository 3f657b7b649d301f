/** The in-process Transport: a WireRequest through the mock org's handlers, the raw response back. */
import type { Header, Transport, WireRequest, WireResponse } from '@/flows/http';

function toRequest(wire: WireRequest): Request {
  // Fetch refuses a body on GET and HEAD; a browser would not send one either.
  const bodyAllowed = !['GET', 'HEAD'].includes(wire.method.toUpperCase());
  return new Request(wire.url, {
    method: wire.method,
    headers: wire.headers.map(([name, value]): [string, string] => [name, value]),
    body: bodyAllowed ? wire.body : undefined,
  });
}

async function toWireResponse(response: Response): Promise<WireResponse> {
  const headers: Header[] = [];
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers.push([name, value]);
  });
  for (const cookie of response.headers.getSetCookie()) headers.push(['set-cookie', cookie]);
  return { status: response.status, statusText: response.statusText, headers, body: await response.text() };
}

export function inProcessTransport(handle: (request: Request) => Promise<Response>): Transport {
  return {
    target: 'mock',
    send: async (wire) => toWireResponse(await handle(toRequest(wire))),
  };
}
