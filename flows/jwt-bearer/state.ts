/** What the JWT bearer flow knows after each step. */
import type { TokenClientState } from '../common/state';
import type { FlowInputs } from '../types';
import type { JwtBearerAssertion } from './assertion';
import type { KeyMaterial } from './key-material';

export const JWT_BEARER_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface JwtBearerState extends TokenClientState {
  keyMaterial?: KeyMaterial;
  /** Where the certificate was registered: the mock org's app (by its admin API), or Setup by hand. */
  registration?: { on: 'mock-org'; appName: string } | { on: 'setup' };
  assertion?: JwtBearerAssertion;
}

export function initialJwtBearerState(inputs: FlowInputs): JwtBearerState {
  return { inputs };
}
