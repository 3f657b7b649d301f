/**
 * A real org's settings as the user gives them. The login host and consumer key may be remembered in
 * this browser (localStorage); the consumer secret is never written anywhere, it lives in memory only.
 */
import type { FlowDefinition, FlowInputs } from '@/flows/types';
import { checkTarget, SALESFORCE_HOSTS } from '@/app/relay/allowlist';
import { mockInputs } from '@/mocks/flow-setup';

export interface RealOrgSettings {
  loginHost: string;
  clientId: string;
  /** Memory only. */
  clientSecret: string;
  /** Whether the login host and consumer key are kept in this browser for next time. */
  remember: boolean;
}

export const REMEMBER_KEY = 'playground.realOrg';

export const LOGIN_HOSTS = ['https://login.salesforce.com', 'https://test.salesforce.com'] as const;

/** The callback to register on the connected app: this site's /callback. */
export function callbackUrl(origin: string): string {
  return `${origin}/callback`;
}

export function needsSecret(flow: FlowDefinition<unknown>): boolean {
  return flow.inputs.some((input) => input.id === 'clientSecret' && input.required);
}

/** The login host as an origin, or why it cannot be one (the same rules as the relay's). */
export function parseLoginHost(text: string): { origin: string } | { error: string } {
  const trimmed = text.trim().replace(/\/+$/, '');
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const checked = checkTarget(withScheme, SALESFORCE_HOSTS);
  if (!checked.ok) return { error: checked.reason };
  if (checked.url.pathname !== '/' && !checked.url.hostname.endsWith('.my.site.com')) return { error: 'Give the host only, without a path.' };
  return { origin: `${checked.url.origin}${checked.url.pathname === '/' ? '' : checked.url.pathname}` };
}

/** The flow's inputs against a real org: its host, key, secret and this site's callback; no user or password (typed on Salesforce's page). */
export function realInputs(flowId: string, settings: RealOrgSettings, origin: string): FlowInputs {
  const base = mockInputs(flowId);
  return {
    ...base,
    loginHost: settings.loginHost,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret || undefined,
    redirectUri: callbackUrl(origin),
    username: undefined,
    password: undefined,
    securityToken: undefined,
  };
}

export function recall(): Pick<RealOrgSettings, 'loginHost' | 'clientId'> | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(REMEMBER_KEY) ?? 'null') as Record<string, unknown> | null;
    if (saved && typeof saved.loginHost === 'string' && typeof saved.clientId === 'string') return { loginHost: saved.loginHost, clientId: saved.clientId };
  } catch {
    // Nothing usable saved.
  }
  return undefined;
}

/** Keeps the non-secret settings when asked to, and removes them otherwise. */
export function keep(settings: RealOrgSettings): void {
  try {
    if (settings.remember) localStorage.setItem(REMEMBER_KEY, JSON.stringify({ loginHost: settings.loginHost, clientId: settings.clientId }));
    else localStorage.removeItem(REMEMBER_KEY);
  } catch {
    // Storage unavailable: nothing is remembered.
  }
}

/** "Forget everything": what this site keeps in the browser about an org. The theme preference stays. */
export function forgetStored(): void {
  try {
    localStorage.removeItem(REMEMBER_KEY);
    sessionStorage.clear();
  } catch {
    // Storage unavailable: there is nothing in it.
  }
}
