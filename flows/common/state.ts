/** What every flow that ends with tokens knows: its inputs, the tokens, and what it learned with them. */
import type { SignatureCheck } from '../signature';
import type { FlowInputs } from '../types';
import type { TokenSet } from './tokens';

export interface TokenClientState {
  inputs: FlowInputs;
  tokens?: TokenSet;
  signatureCheck?: SignatureCheck;
  identity?: Record<string, unknown>;
  queryResult?: Record<string, unknown>;
}
