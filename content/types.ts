/**
 * Prose as data. Every string below may use the inline markup parsed by `parseInline` (inline.ts):
 * `code` spans and [text](https://url) links, nothing else.
 */

export type FlowStatusLabel = 'recommended' | 'supported' | 'discouraged' | 'blocked by default' | 'restricted';

export interface StepContent {
  /** What happens in this step and why the flow needs it. */
  why: string;
  /** Further points, one short paragraph each. */
  details?: string[];
}

export interface FlowContent {
  /** Same id as the flow definition in flows/. */
  id: string;
  title: string;
  summary: string;
  /** What the flow is for. */
  purpose: string;
  whenToChoose: string[];
  whenNotToChoose: string[];
  /** Keyed by the flow definition's step ids. */
  steps: Record<string, StepContent>;
  pitfalls: string[];
  salesforceNotes: string[];
  status: { label: FlowStatusLabel; detail: string };
  /** What it takes to run the flow from the page against a real org. */
  realOrg: RealOrgSupport;
}

export type RealOrgSupportLevel = 'works' | 'works-with-setup' | 'not-recommended';

/** Shown before the user switches the page to a real org. */
export interface RealOrgSupport {
  support: RealOrgSupportLevel;
  /** What the connected app (or org) needs. */
  needs: string[];
  /** Whether the browser could call the token endpoint itself, without the relay. */
  direct: string;
}

export type GlossaryKind = 'parameter' | 'response-field' | 'error' | 'scope' | 'claim' | 'header' | 'concept';

export interface SpecLink {
  label: string;
  url: string;
}

export interface GlossaryEntry {
  /**
   * The word as it appears on the wire. Errors whose meaning depends on the description are keyed
   * `error: description`, e.g. `invalid_grant: expired authorization code`.
   */
  term: string;
  kind: GlossaryKind;
  /** One sentence. */
  summary: string;
  detail?: string;
  /** Errors only: the usual causes at Salesforce. */
  cause?: string;
  /** Errors only: what to change. */
  fix?: string;
  spec?: SpecLink;
}
