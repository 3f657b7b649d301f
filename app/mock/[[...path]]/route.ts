/**
 * The mock org over HTTP at /mock: curl, Postman, jsforce or a browser talk to the same handlers as the
 * page. Responses go back as they are; redirects are not followed.
 */
import { createMockOrg, handleAdminRequest, type MockOrg } from '@/mocks';

export const dynamic = 'force-dynamic';

/** One org per server process, kept on globalThis so that dev-mode reloads do not start a second one. */
const holder = globalThis as typeof globalThis & { salesforceMockOrg?: Promise<MockOrg> };

function mockOrg(): Promise<MockOrg> {
  holder.salesforceMockOrg ??= createMockOrg();
  return holder.salesforceMockOrg;
}

/** The same request with its /mock prefix kept, so the handlers see {origin}/mock as the base. */
function forwarded(request: Request): Request {
  const url = new URL(request.url);
  // The login page is {base}/, and Next removes the trailing slash from /mock/.
  if (url.pathname === '/mock') url.pathname = '/mock/';
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init = { method: request.method, headers: request.headers, body: hasBody ? request.body : null, duplex: 'half' };
  return new Request(url, init as RequestInit);
}

async function serve(request: Request): Promise<Response> {
  const org = await mockOrg();
  const mockRequest = forwarded(request);
  return (await handleAdminRequest(org, mockRequest)) ?? org.handle(mockRequest);
}

export const GET = serve;
export const POST = serve;
export const PUT = serve;
export const PATCH = serve;
export const DELETE = serve;
export const HEAD = serve;
export const OPTIONS = serve;
