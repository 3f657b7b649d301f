/**
 * The admin API over HTTP, next to the org's endpoints: GET and PATCH {base}/_admin/org,
 * POST {base}/_admin/clock `{"advanceSeconds": N}`, POST {base}/_admin/reset (an empty body or `{}`).
 * The changes are sent as JSON and never from a page on another site (caller.ts).
 */
import { InvalidRequestError, OAuthError } from '../errors';
import { oauthErrorResponse } from '../http/oauth-format';
import { requestText } from '../http/params';
import { jsonResponse } from '../http/responses';
import { mountOf } from '../site';
import { requireJsonContent, requireNotCrossSite, requireOwnOrigin } from './caller';
import { isPlainObject } from './fields';
import type { AdminOrgView } from './view';
import type { MockResponse } from '../http/mock-response';
import type { MockRequest } from '../http/mock-request';

export interface AdminTarget {
  adminView(): AdminOrgView;
  applyAdminPatch(patch: unknown): { ok: true; view: AdminOrgView } | { ok: false; message: string };
  advanceClock(seconds: number): void;
  reset(): void;
}

const ADMIN_PATH = /^\/_admin\/(org|clock|reset)$/;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidRequestError('the body must be JSON');
  }
}

async function jsonBody(request: MockRequest): Promise<unknown> {
  return parseJson(await requestText(request));
}

async function patchOrg(target: AdminTarget, request: MockRequest): Promise<MockResponse> {
  const result = target.applyAdminPatch(await jsonBody(request));
  if (!result.ok) throw new InvalidRequestError(result.message);
  return jsonResponse(result.view);
}

/** Far enough to expire anything; small enough that dates stay valid. */
const MAX_ADVANCE_SECONDS = 100 * 365 * 24 * 3600;

async function advanceClock(target: AdminTarget, request: MockRequest): Promise<MockResponse> {
  const body = await jsonBody(request);
  const keys = isPlainObject(body) ? Object.keys(body) : [];
  const seconds = isPlainObject(body) ? body.advanceSeconds : undefined;
  if (keys.length !== 1 || typeof seconds !== 'number' || !Number.isSafeInteger(seconds) || seconds < 0 || seconds > MAX_ADVANCE_SECONDS) {
    throw new InvalidRequestError(`the body must be {"advanceSeconds": N} with N a whole number of seconds from 0 to ${MAX_ADVANCE_SECONDS} (100 years)`);
  }
  target.advanceClock(seconds);
  return jsonResponse(target.adminView());
}

/** Reset takes no fields: an empty body (with the JSON content type all changes carry) or `{}`. */
async function resetOrg(target: AdminTarget, request: MockRequest): Promise<MockResponse> {
  const text = await requestText(request);
  const body = text.trim() === '' ? {} : parseJson(text);
  if (!isPlainObject(body) || Object.keys(body).length > 0) throw new InvalidRequestError('the body must be empty or {}: reset takes no fields');
  target.reset();
  return jsonResponse(target.adminView());
}

/** The calls that change the org; who sent them is checked before anything is read (caller.ts). */
const CHANGES = new Set(['PATCH org', 'POST clock', 'POST reset']);
const CALLER_CHECKS = [requireOwnOrigin, requireNotCrossSite, requireJsonContent];

function route(target: AdminTarget, request: MockRequest, resource: string): MockResponse | Promise<MockResponse> {
  const action = `${request.method} ${resource}`;
  if (action === 'GET org') return jsonResponse(target.adminView());
  if (CHANGES.has(action)) for (const check of CALLER_CHECKS) check(request);
  if (action === 'PATCH org') return patchOrg(target, request);
  if (action === 'POST clock') return advanceClock(target, request);
  if (action === 'POST reset') return resetOrg(target, request);
  throw new InvalidRequestError(`${request.method} is not allowed on /_admin/${resource}`, { status: 405 });
}

/** The admin API's response, or undefined when the request is not for it. */
export async function handleAdminRequest(target: AdminTarget, request: MockRequest): Promise<MockResponse | undefined> {
  const { pathname } = new URL(request.url);
  const mount = mountOf(pathname);
  const resource = mount === undefined ? undefined : ADMIN_PATH.exec(pathname.slice(mount.length))?.[1];
  if (resource === undefined) return undefined;
  try {
    return await route(target, request, resource);
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorResponse(error, 'json');
    throw error;
  }
}
