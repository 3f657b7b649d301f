/**
 * The decoder: from what the customer saw (and, optionally, the app's callback URLs and scopes) to the
 * scenario it is, its cause and its fix, with a character-level diff of redirect URIs.
 */
import { explainError } from '@/content/glossary';
import type { GlossaryEntry } from '@/content/types';
import { SCENARIOS } from '../catalogue';
import type { RedirectDifferenceKind, Scenario, WireAbsence, WireError } from '../types';
import { readInput } from './read';
import { compareRedirectUris, type RedirectComparison } from './redirect-diff';

export interface DecoderInput {
  /** What the customer saw: a URL, a response body, a page's text. */
  text: string;
  /** The app's callback URLs, one a line. */
  callbackUrls?: string;
  /** The app's selected scopes, separated by spaces, commas or lines. */
  appScopes?: string;
}

export interface Diagnosis {
  /** diagnosed: one scenario; ambiguous: several fit; unrecognised: no error this decoder knows. */
  status: 'diagnosed' | 'ambiguous' | 'unrecognised';
  /** Everything read from the input, shown whatever the status. */
  read: Array<[string, string]>;
  wire?: WireError | WireAbsence;
  /** The scenarios that fit, best first. */
  scenarios: Scenario[];
  /** The glossary's prose for the error code (and description). */
  explanation?: GlossaryEntry;
  redirect?: { sent: string; comparisons: RedirectComparison[] };
  /** Scopes asked for that are not among the app's. */
  scopesNotOnApp?: string[];
  /** Plain sentences for what could not be told apart or was missing. */
  notes: string[];
}

const lines = (text: string | undefined) => (text ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);

/** `the requested scope is not allowed: web` matches `the requested scope is not allowed: refresh_token`: the part before the colon names the case. */
function sameDescription(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase();
  if (norm(a) === norm(b)) return true;
  const head = (s: string) => (s.includes(': ') ? norm(s.slice(0, s.indexOf(': '))) : undefined);
  return head(a) !== undefined && head(a) === head(b);
}

function fits(scenario: Scenario, wire: WireError | WireAbsence): boolean {
  const expected = scenario.expected;
  if (expected.shape === 'absent' || wire.shape === 'absent') return expected.shape === 'absent' && wire.shape === 'absent' && expected.field === wire.field;
  return expected.error === wire.error && sameDescription(expected.description, wire.description);
}

/** Scenarios with the same error, those of the same shape first. */
function candidates(wire: WireError | WireAbsence): Scenario[] {
  const all = SCENARIOS.filter((s) => fits(s, wire));
  return [...all.filter((s) => s.expected.shape === wire.shape), ...all.filter((s) => s.expected.shape !== wire.shape)];
}

/** The redirect_uri scenarios ranked by the difference to the closest registered URL. */
function byDifference(scenarios: Scenario[], closest: RedirectComparison | undefined): Scenario[] {
  if (!closest) return scenarios;
  const kinds: RedirectDifferenceKind[] = closest.differences.length === 0 ? ['none'] : closest.differences;
  const matching = scenarios.filter((s) => s.signature?.redirectDifference && kinds.includes(s.signature.redirectDifference));
  return matching.length > 0 ? matching : scenarios;
}

/** Scenarios of the grant the pasted request used, when it tells and one fits; the others otherwise. */
function byGrant(scenarios: Scenario[], grantType: string | undefined): Scenario[] {
  if (grantType === undefined) return scenarios;
  const same = scenarios.filter((s) => s.signature?.grantType === grantType);
  if (same.length > 0) return same;
  const others = scenarios.filter((s) => s.signature?.grantType === undefined);
  return others.length > 0 ? others : scenarios;
}

/** When only the redirect URI and the callback URLs are known, the mismatch can still be predicted. */
const PREDICTED_MISMATCH: WireError = { shape: 'error-page', status: 400, error: 'redirect_uri_mismatch', description: 'redirect_uri must match configuration' };

export function diagnose(input: DecoderInput): Diagnosis {
  const reading = readInput(input.text);
  const registered = lines(input.callbackUrls);
  const appScopes = lines(input.appScopes);
  const notes: string[] = [];
  const redirect = reading.redirectUri && registered.length > 0 ? { sent: reading.redirectUri, comparisons: compareRedirectUris(reading.redirectUri, registered) } : undefined;
  const closest = redirect?.comparisons[0];

  let wire = reading.wire;
  if (!wire && closest && closest.differences.length > 0) {
    wire = PREDICTED_MISMATCH;
    notes.push('No error was pasted, but the redirect URI matches none of the callback URLs: Salesforce will answer redirect_uri_mismatch on its own page.');
  }
  let scenarios = wire ? byGrant(candidates(wire), reading.grantType) : [];
  if (wire && wire.shape !== 'absent' && wire.error === 'redirect_uri_mismatch') {
    if (redirect) scenarios = byDifference(scenarios, closest);
    else notes.push('To name the difference, paste the authorization URL (it carries the redirect_uri sent) and give the app\'s callback URLs.');
  }
  if (closest && closest.differences.length === 0 && wire?.shape !== 'absent' && wire?.error === 'redirect_uri_mismatch') {
    notes.push('The redirect URI is exactly one of the callback URLs given: if it was added recently, the change may not have reached every server yet.');
  }

  const scopesNotOnApp = reading.scopes && appScopes.length > 0 ? reading.scopes.filter((s) => !appScopes.includes(s)) : undefined;
  if (wire && wire.shape !== 'absent' && wire.error === 'invalid_scope' && !scopesNotOnApp) {
    const named = /not allowed: (.+)$/.exec(wire.description)?.[1];
    if (named) notes.push(`Salesforce names the scopes it refused: ${named}.`);
  }
  if (scopesNotOnApp && scopesNotOnApp.length > 0) notes.push(`Asked for but not on the app: ${scopesNotOnApp.join(' ')}.`);

  const explanation = wire && wire.shape !== 'absent' ? explainError(wire.error, wire.description) : undefined;
  if (scenarios.length > 1) notes.push(`${scenarios.length} scenarios give this exact error; their causes below tell them apart.`);
  if (!wire) notes.push('No OAuth or REST error was found in the input: paste the callback URL, the error page URL, or the response body as received.');
  else if (scenarios.length === 0) notes.push('This error is not one of the lab\'s scenarios; the glossary\'s explanation is below if it has one.');

  const status = !wire || (scenarios.length === 0 && !explanation) ? 'unrecognised' : scenarios.length === 1 ? 'diagnosed' : 'ambiguous';
  return { status, read: reading.fields, wire, scenarios, explanation, redirect, scopesNotOnApp, notes };
}
