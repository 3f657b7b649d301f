/**
 * A flow page opened with `?setup=`: the settings an error lab scenario's `setup` takes (the flow's app,
 * users, org settings; admin patch fields), as JSON in the URL, applied to the page's fresh mock org by
 * the admin API's own checks. Nothing runs: the page starts at its first step with the app set up. The
 * chooser links to a flow this way, with the app as its checklist says.
 */
import type { MockOrg } from '@/mocks';
import { adminPatchOf } from './run';
import type { ScenarioSettings } from './types';

export const SETUP_PARAM = 'setup';

const SECTIONS = ['app', 'users', 'settings'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The flow page's address with these settings. */
export function setupHref(flowId: string, settings: ScenarioSettings): string {
  return `/flows/${flowId}?${SETUP_PARAM}=${encodeURIComponent(JSON.stringify(settings))}`;
}

export type SetupRead = { ok: true; settings: ScenarioSettings } | { ok: false; problem: string };

/** The settings in a `?setup=` value, or what is wrong with it. */
export function readSetup(text: string): SetupRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The link\'s setup is not JSON.' };
  }
  if (!isObject(value)) return { ok: false, problem: 'The link\'s setup must be an object with app, users or settings.' };
  const unknown = Object.keys(value).filter((key) => !(SECTIONS as readonly string[]).includes(key));
  if (unknown.length > 0) return { ok: false, problem: `The link's setup has "${unknown[0]}"; it may have app, users and settings.` };
  const notObject = SECTIONS.find((section) => section in value && !isObject(value[section]));
  if (notObject) return { ok: false, problem: `The link's setup: ${notObject} must be an object.` };
  return { ok: true, settings: value as ScenarioSettings };
}

/** Applies a `?setup=` value to the page's org, the flow's app being `consumerKey`; all or nothing. */
export function applySetup(org: MockOrg, consumerKey: string, text: string): { ok: true } | { ok: false; problem: string } {
  const read = readSetup(text);
  if (!read.ok) return { ok: false, problem: `${read.problem} The page starts with its demo setup.` };
  const result = org.applyAdminPatch(adminPatchOf(read.settings, consumerKey));
  return result.ok ? { ok: true } : { ok: false, problem: `The mock org refused the link's setup (${result.message}); the page starts with its demo setup.` };
}
