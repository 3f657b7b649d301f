/**
 * POST /relay: forwards one request from a flow page to a real Salesforce org and returns the raw
 * answer (see relay.ts). Wired to Salesforce's hosts and the real fetch only.
 */
import { SALESFORCE_HOSTS } from './allowlist';
import { relay } from './relay';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return relay(request, { allowlist: SALESFORCE_HOSTS, fetch: globalThis.fetch });
}

// Every other method gets the relay's own 405 in its JSON shape, not the framework's empty one.
export const GET = POST;
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
export const OPTIONS = POST;
