/**
 * Flow and step definitions. A flow is data plus pure functions: each step builds the request that
 * will be shown (and may be edited) before sending, and processes the response into the next state
 * or a typed error. The runner (runner.ts) is the only place that sends anything.
 */
import type { Transport, WireRequest, WireResponse } from './http';
import type { FlowError } from './errors';
import type { Panel } from './panels';

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
  id: keyof FlowInputs;
  label: string;
  secret?: boolean;
  multiline?: boolean;
  /** Checked before the flow starts: an empty value is a `bad_input` error. */
  required?: boolean;
  /** Checked before the flow starts: must be an absolute http(s) URL. */
  format?: 'url';
  /** When present, the value must be one of these (the page shows a choice). */
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** A quick check of a non-empty value, run by the page as the user applies the settings: the problem, or undefined. */
  check?(value: string): string | undefined;
  help: string;
}

/** How a confidential client authenticates at the token endpoint (RFC 6749 section 2.3.1). */
export type ClientAuthMethod = 'client_secret_post' | 'client_secret_basic';

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
  /** JWT bearer: a PEM certificate to use instead of making one ('' makes one). */
  certificatePem?: string;
  /** JWT bearer: the PKCS#8 PEM private key of that certificate; in memory only. */
  privateKeyPem?: string;
  /** JWT bearer: the assertion's aud. */
  audience?: string;
  /** JWT bearer: seconds from the org's now to the assertion's exp (negative for one already expired). */
  assertionLifetime?: string;
  /** Username-password flow: appended to the password unless the caller's IP is trusted. */
  securityToken?: string;
  /** Where the client puts its key and secret; the body unless set. */
  clientAuth?: ClientAuthMethod;
  /** REST API version used by the API steps, e.g. "62.0". */
  apiVersion: string;
  /** User-agent flow: `token`, or `token id_token` for an ID token as well. */
  responseType?: string;
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
  /** What the client can tell about the failure beyond the error itself. */
  notes?: string[];
}

export type StepOutcome<S> = StepOk<S> | StepFailed;

/** One arrow of the sequence diagram. */
export interface Arrow {
  from: Party;
  to: Party;
  label: string;
  /** Drawn dashed: a response rather than a request. */
  reply?: boolean;
}

interface StepBase<S> {
  /** Stable id, referenced by content/ prose and by tests. kebab-case. */
  id: string;
  title: string;
  from: Party;
  to: Party;
  /** The label of the arrow from `from` to `to` in the sequence diagram. */
  message: string;
  /** When present, a dashed arrow back from `to` to `from` with this label. */
  reply?: string;
  /** Replaces the arrows drawn from `from`, `to`, `message` and `reply` (a front-channel step draws several). */
  arrows?: readonly Arrow[];
  /** When present and returning false, the step is skipped (for example refresh without a refresh token). */
  applies?(state: S): boolean;
}

/**
 * What the org's administrator can do from the page, for the steps that need Setup: on the mock org
 * through its admin API. Absent on a real org, where such a step says what to do in Setup.
 */
export interface OrgAdmin {
  /** Uploads a PEM certificate to the app ("Use digital signatures"); the admin API's message when refused. */
  registerCertificate(consumerKey: string, certificatePem: string): { ok: true; appName: string } | { ok: false; message: string };
}

/** What the runner tells a step besides its state. */
export interface StepContext {
  /** Milliseconds since the epoch, from the runner's clock. */
  now: number;
  admin?: OrgAdmin;
}

export interface ResponseContext extends StepContext {
  /** The request actually sent (it may have been edited); for a front-channel step, the first hop. */
  sent: WireRequest;
  /** The URL that answered with the response; for a front-channel step, the last hop's. */
  url: string;
}

// Steps use method syntax on purpose: it keeps FlowDefinition<S> assignable to FlowDefinition<unknown>.
export interface LocalStep<S> extends StepBase<S> {
  kind: 'local';
  run(state: S, context: StepContext): Promise<StepOutcome<S>>;
}

export interface HttpStep<S> extends StepBase<S> {
  kind: 'front-channel' | 'back-channel';
  /** Pure: the request that will be shown and, unless edited, sent. */
  request(state: S): WireRequest;
  /**
   * Validates the response and returns the next state or a typed error. For a front-channel step the
   * response is the last hop (the redirect to the callback, or Salesforce's own error page).
   */
  process(response: WireResponse, state: S, context: ResponseContext): Promise<StepOutcome<S>>;
  /**
   * Front-channel only: what the person types into Salesforce's pages from what they can see elsewhere,
   * by field name (the device flow's user code, read off the device's screen). The browser fills it in
   * when it answers by itself.
   */
  typed?(state: S): Readonly<Record<string, string>>;
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
  /** Names of the diagram's parties where this flow's differ (the device flow's client is a device). */
  partyLabels?: Partial<Record<Party, string>>;
  /** The teaching panels and extra screens of its steps (panels.ts): the page renders what is declared. */
  panels?: readonly Panel<S>[];
  /** The front channel runs on a second device (a phone or laptop), not where the client runs: the page says so over the browser. */
  browserOnSecondDevice?: boolean;
}

/** Where a browser visit stopped: the redirect out of Salesforce, or a page it could not go past. */
export type BrowserVisit = { ok: true; response: WireResponse; url: string } | { ok: false; error: FlowError };

/**
 * Drives a front-channel step: follows the browser hops from the first request to the callback,
 * sending every hop through `transport` (which the runner records).
 */
export interface BrowserDriver {
  visit(first: WireRequest, transport: Transport, stepId: string, typed?: Readonly<Record<string, string>>): Promise<BrowserVisit>;
}
