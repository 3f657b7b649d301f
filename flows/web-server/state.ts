/** What the Web Server flow knows after each step. */
import type { JwtCheck } from '../jwt';
import type { PkceDerivation } from '../pkce';
import type { SignatureCheck } from '../signature';
import type { FlowInputs } from '../types';

/** The fields a client keeps from a Salesforce token response. */
export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  instanceUrl: string;
  /** The identity URL. */
  id: string;
  /** Milliseconds since the epoch, as the string Salesforce sends. */
  issuedAt: string;
  signature?: string;
  scope?: string;
}

export interface WebServerState {
  inputs: FlowInputs;
  pkce?: PkceDerivation;
  /** What the client remembers between sending the user away and the callback. */
  authorization?: { url: string; state: string; nonce: string };
  /** The code_challenge in the authorize request as sent (it may have been edited). */
  sentChallenge?: string;
  callbackUrl?: string;
  code?: string;
  tokens?: TokenSet;
  idTokenChecks?: JwtCheck[];
  signatureCheck?: SignatureCheck;
  identity?: Record<string, unknown>;
  userinfo?: Record<string, unknown>;
  queryResult?: Record<string, unknown>;
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
