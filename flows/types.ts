/**
 * Flow and step definitions. A flow is data plus pure functions: each step builds the request that
 * will be shown (and may be edited) before sending, and processes the response into the next state
 * or a typed error. The runner (runner.ts) is the only place that sends anything.
 */
import type { Exchange, Transport, WireRequest, WireResponse } from './http';
import type { FlowError } from './errors';

/** The parties drawn in the sequence diagram. */
export type Party = 'user' | 'browser' | 'client' | 'auth' | 'api';

export const PARTY_LABELS: Record<Party, string> = {
  user: 'User',
  browser: 'Browser',
  client: 'Client app',
  auth: 'Salesforce authorization server',
  api: 'Salesforce REST API',
};

/**
 * local: computed in the client (PKCE pair, a URL, a signature check), no HTTP.
 * front-channel: the user's browser visits Salesforce (several hops, ending in a redirect).
 * back-channel: the client calls Salesforce directly (one request).
 */
export type StepKind = 'local' | 'front-channel' | 'back-channel';

/** What a flow needs from the user before it starts. Secrets are marked so the UI keeps them in memory only. */
export interface FlowInput {
  id: string;
  label: string;
  secret?: boolean;
  multiline?: boolean;
  help: string;
}

/** Inputs common to the flows; each flow reads the ones it needs. */
export interface FlowInputs {
  /** e.g. https://login.salesforce.com (mock) or the real org's login host. */
  loginHost: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  scope: string;
  username?: string;
  password?: string;
  /** REST API version used by the API steps, e.g. "62.0". */
  apiVersion: string;
}

export interface StepOk<S> {
  ok: true;
  state: S;
  /** Short human lines on what the step took from the response, for the state panel. */
  notes?: string[];
}

export interface StepFailed {
  ok: false;
  error: FlowError;
}

export type StepOutcome<S> = StepOk<S> | StepFailed;

interface StepBase {
  /** Stable id, referenced by content/ prose and by tests. kebab-case. */
  id: string;
  title: string;
  from: Party;
  to: Party;
  /** The arrow label in the sequence diagram. */
  message: string;
  /** When present and returning false, the step is skipped (for example refresh without a refresh token). */
  applies?: (state: never) => boolean;
}

export interface LocalStep<S> extends StepBase {
  kind: 'local';
  run(state: S): Promise<StepOutcome<S>>;
}

export interface HttpStep<S> extends StepBase {
  kind: 'front-channel' | 'back-channel';
  /** Pure: the request that will be shown and, unless edited, sent. */
  request(state: S): WireRequest;
  /**
   * Validates the response and returns the next state or a typed error. For a front-channel step the
   * response is the last hop (the redirect to the callback, or Salesforce's own error page); `sent` is
   * the request that was actually sent (it may have been edited).
   */
  process(response: WireResponse, state: S, sent: WireRequest): Promise<StepOutcome<S>>;
}

export type Step<S> = LocalStep<S> | HttpStep<S>;

export interface FlowDefinition<S> {
  /** kebab-case; also the URL slug and the content file name. */
  id: string;
  /** Salesforce's name for the flow. */
  name: string;
  /** One line for lists. */
  summary: string;
  inputs: FlowInput[];
  initialState(inputs: FlowInputs): S;
  steps: Step<S>[];
}

/** Drives a front-channel step: follows the browser hops from the first request to the callback. */
export interface BrowserDriver {
  visit(first: WireRequest, transport: Transport, record: (exchange: Exchange) => void): Promise<WireResponse>;
}
