/** What the client credentials flow knows after each step. */
import type { TokenClientState } from '../common/state';
import type { WireRequest } from '../http';
import type { FlowInputs } from '../types';

export interface ClientCredentialsState extends TokenClientState {
  /** The token request as built: the next step sends it, unless it is edited. */
  tokenRequest?: WireRequest;
}

export function initialClientCredentialsState(inputs: FlowInputs): ClientCredentialsState {
  return { inputs };
}
