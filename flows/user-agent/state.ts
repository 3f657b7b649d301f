/** What the user-agent flow knows after each step. */
import type { IdTokenClientState } from '../common/id-token-step';
import type { FlowInputs } from '../types';

export interface UserAgentState extends IdTokenClientState {
  /** What the page remembers between sending the browser away and landing back. */
  authorization?: { url: string; state: string; nonce: string; responseType: string };
  /** Where the browser landed, fragment included. */
  callbackUrl?: string;
  /** The fragment's parameters in order, decoded. */
  fragment?: Array<[string, string]>;
}

export function initialUserAgentState(inputs: FlowInputs): UserAgentState {
  return { inputs };
}
