/**
 * The mock Salesforce org: one org model whose routes answer in the page, in tests (directly, or as MSW
 * handlers through msw/node) and over HTTP (the /mock route handler, the standalone server).
 */
import type { RequestHandler } from 'msw';
import type { Transport } from '@/flows/http';
import type { OrgAdmin } from '@/flows/types';
import { patchOrg } from './admin/patch';
import { adminView, type AdminOrgView } from './admin/view';
import { createRoutes } from './handlers';
import { compileRoute, mswHandler } from './handlers/route';
import { handleWith } from './handle';
import { DEFAULT_SEED } from './seed';
import { createState, type OrgRuntime, type OrgSeed, type OrgState } from './state';
import { sharedSigningKey } from './tokens/keys';
import { inProcessTransport } from './transport';
import type { MockResponse } from './http/mock-response';
import type { MockRequest } from './http/mock-request';

export { DEMO } from './demo';
export { DEFAULT_SEED } from './seed';
export { handleAdminRequest } from './admin/http';
export type { AdminOrgView } from './admin/view';
export type { AdminPatch, AppPatch, SettingsPatch, UserPatch } from './admin/patch';
export type { ConnectedApp, OrgSeed, OrgSettings, OrgState, RefreshTokenPolicy, User } from './state';

export interface MockOrg {
  readonly state: OrgState;
  /** The same routes as MSW http handlers, for setupServer or a worker; every pattern starts with "*\/". */
  readonly handlers: RequestHandler[];
  /** Runs a Request through the handlers. Never throws, never follows redirects; an unknown path gets a Salesforce-shaped 404. */
  handle(request: Request): Promise<Response>;
  /** The same as handle(), the answer kept as data (no fetch Response made): for fronts that write it out themselves. */
  answer(request: MockRequest): Promise<MockResponse>;
  /** In-process Transport (target 'mock') over answer(). */
  transport(): Transport;
  /** Moves the org's clock forward: now() = real time + offset. */
  advanceClock(seconds: number): void;
  /** Milliseconds since the epoch on the org's clock. */
  now(): number;
  /** Back to the seed, clock included; the signing keys stay. */
  reset(): void;
  adminView(): AdminOrgView;
  /** Any JSON value, checked field by field (the admin API passes what it was sent); `AdminPatch` is its shape. */
  applyAdminPatch(patch: unknown): { ok: true; view: AdminOrgView } | { ok: false; message: string };
  /** The admin actions a flow's local steps may take (register a certificate), through the admin patch. */
  admin(): OrgAdmin;
}

export async function createMockOrg(seed: OrgSeed = DEFAULT_SEED): Promise<MockOrg> {
  const keys = await sharedSigningKey();
  const state = createState(seed, keys);
  const now = () => Date.now() + state.clock.offsetMs;
  const runtime: OrgRuntime = { state, now };
  const routes = createRoutes(runtime);
  const compiled = routes.map(compileRoute);
  const handlers = routes.map(mswHandler);
  const answer = (request: MockRequest) => handleWith(compiled, state, request);
  const handle = async (request: Request) => (await answer(request)).toFetch();
  const applyAdminPatch: MockOrg['applyAdminPatch'] = (patch) => {
    const result = patchOrg(state, patch);
    return result.ok ? { ok: true, view: adminView(state, now()) } : result;
  };
  return {
    state,
    handlers,
    handle,
    answer,
    transport: () => inProcessTransport(answer),
    advanceClock: (seconds) => {
      state.clock.offsetMs += Math.round(seconds * 1000);
    },
    now,
    reset: () => {
      Object.assign(state, createState(seed, keys));
    },
    adminView: () => adminView(state, now()),
    applyAdminPatch,
    admin: () => ({
      registerCertificate(consumerKey, certificatePem) {
        const result = applyAdminPatch({ apps: { [consumerKey]: { certificate: certificatePem } } });
        if (!result.ok) return result;
        return { ok: true, appName: result.view.apps.find((app) => app.consumerKey === consumerKey)?.name ?? consumerKey };
      },
    }),
  };
}
