/**
 * The error lab's vocabulary: a scenario is data (app and org settings, client inputs, the steps to run,
 * the exact wire error expected, its cause and its fix), shared by the lab page, the flow pages and the tests.
 */
import type { FlowInputs } from '@/flows/types';
import type { AppPatch, SettingsPatch, UserPatch } from '@/mocks';

export type FamilyId =
  | 'redirect-uri'
  | 'login-host'
  | 'client-auth'
  | 'scopes'
  | 'pkce'
  | 'authorization-code'
  | 'refresh-token'
  | 'access-policy'
  | 'client-credentials'
  | 'session'
  | 'jwt-bearer';

/** Where an error shows up, as the customer sees it. */
export type WireShape =
  /** Salesforce's own error page (RemoteAccessErrorPage.apexp): it could not trust the redirect_uri, or will not send this error there. */
  | 'error-page'
  /** A redirect to the client's callback with `error` and `error_description` in the query or the fragment. */
  | 'redirect'
  /** A token endpoint JSON body `{"error": ..., "error_description": ...}`. */
  | 'token-json'
  /** A REST API error array `[{"message": ..., "errorCode": ...}]`. */
  | 'rest';

/** The exact error on the wire. For REST, `error` is the errorCode and `description` the message. */
export interface WireError {
  shape: WireShape;
  /** HTTP status of the response that carries the error (302 for a redirect to the callback). */
  status: number;
  error: string;
  description: string;
  /** Redirects only: the query (code flow) or the fragment (user-agent flow). */
  in?: 'query' | 'fragment';
}

/** No error, but something missing from a success: `field` absent from the step's JSON response. */
export interface WireAbsence {
  shape: 'absent';
  status: number;
  field: string;
}

export type WireExpectation = WireError | WireAbsence;

/** One thing the person (or the test) does, in order. */
export type ScenarioAction =
  /** Run every step still to run, in flow order, up to and including this one. */
  | { run: string }
  /** Run a step again that has already run, with the state it had before (a retry, a double click). */
  | { rerun: string }
  /** Run a step with its request changed: query parameters of a GET, form fields of a POST. */
  | { edit: string; set: Record<string, string> }
  /** Move the org's clock forward. */
  | { clockSeconds: number }
  /** An admin change in the middle of the scenario (the flow's app is `app`). */
  | { change: ScenarioSettings };

/** Settings applied to the fresh mock org: the flow's app, other users and org settings (admin patch fields). */
export interface ScenarioSettings {
  app?: AppPatch;
  users?: Record<string, UserPatch>;
  settings?: SettingsPatch;
}

/** How the decoder tells apart scenarios with the same wire error. */
export interface ScenarioSignature {
  /** redirect_uri_mismatch: the difference between the URI sent and the one registered. */
  redirectDifference?: RedirectDifferenceKind;
  /** Token endpoint errors: the grant_type of the request, when other grants give the same error. */
  grantType?: string;
}

export type RedirectDifferenceKind = 'scheme' | 'host' | 'loopback' | 'port' | 'path' | 'trailing-slash' | 'case' | 'encoding' | 'query' | 'none';

export interface Scenario {
  /** kebab-case, stable: the lab's anchors, the flow pages' `?scenario=` and the tests use it. */
  id: string;
  family: FamilyId;
  title: string;
  /** What the customer reports, in their words. */
  symptom: string;
  /** The flow (flows/index.ts) it runs on, with that flow page's demo setup. */
  flowId: string;
  setup?: ScenarioSettings & { inputs?: Partial<FlowInputs> };
  /** Defaults to running up to the step of `expected`. */
  actions?: ScenarioAction[];
  /** The step where the error shows, and the error as sent. */
  stepId: string;
  expected: WireExpectation;
  cause: string;
  fix: string;
  signature?: ScenarioSignature;
  /**
   * The scenario with its cause taken away, which must not show the error (the tests check it). Defaults
   * to the demo flow with neither `setup` nor `actions`; needed when the demo setup itself has the cause.
   */
  withoutCause?: Pick<Scenario, 'setup' | 'actions'>;
}

export interface Family {
  id: FamilyId;
  title: string;
  summary: string;
}
