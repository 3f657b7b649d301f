/**
 * The mock org over HTTP at /mock: curl, Postman, jsforce or a browser talk to the same handlers as the
 * page, through the same mount as the standalone server.
 */
import { createMockOrg, type MockOrg } from '@/mocks';
import { serveMount } from '@/mocks/server/mount';

export const dynamic = 'force-dynamic';

/** One org per server process, kept on globalThis so that dev-mode reloads do not start a second one. */
const holder = globalThis as typeof globalThis & { salesforceMockOrg?: Promise<MockOrg> };

function mockOrg(): Promise<MockOrg> {
  holder.salesforceMockOrg ??= createMockOrg();
  return holder.salesforceMockOrg;
}

async function serve(request: Request): Promise<Response> {
  return (await serveMount(await mockOrg(), request)).toFetch();
}

export const GET = serve;
export const POST = serve;
export const PUT = serve;
export const PATCH = serve;
export const DELETE = serve;
export const HEAD = serve;
export const OPTIONS = serve;
