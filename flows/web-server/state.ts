/** What the Web Server flow knows after each step. */
import type { JwtCheck } from '../jwt';
import type { PkceDerivation } from '../pkce';
import type { TokenClientState } from '../common/state';
import type { FlowInputs } from '../types';

export interface WebServerState extends TokenClientState {
  pkce?: PkceDerivation;
  /** What the client remembers between sending the user away and the callback. */
  authorization?: { url: string; state: string; nonce: string };
  /** The code_challenge in the authorize request as sent (it may have been edited). */
  sentChallenge?: string;
  callbackUrl?: string;
  code?: string;
  idTokenChecks?: JwtCheck[];
  userinfo?: Record<string, unknown>;
  /** The refresh step got a new access token. */
  refreshed?: true;
  revokedToken?: 'refresh_token' | 'access_token';
}

export function initialWebServerState(inputs: FlowInputs): WebServerState {
  return { inputs };
}

/** How the two variants differ. */
export interface WebServerClient {
  /** Sends a PKCE challenge and verifier. */
  pkce: boolean;
  /** Holds the consumer secret: authenticates with it and can check the signature field. */
  confidential: boolean;
}
