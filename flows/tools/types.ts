/** The token tools: one request each, usable after any flow (reference sections 14 to 17). */
import type { ClientAuthMethod } from '../types';

export type ToolId = 'revoke' | 'introspect' | 'userinfo' | 'identity';

export const TOOL_IDS: readonly ToolId[] = ['revoke', 'introspect', 'userinfo', 'identity'];

/** What kind of token is picked; `pasted` when the person pasted it and its kind is unknown. */
export type TokenKind = 'access_token' | 'refresh_token' | 'id_token' | 'pasted';

/** A token the person can pick, from a flow's state. */
export interface ToolToken {
  kind: Exclude<TokenKind, 'pasted'>;
  /** e.g. "Access token" or "First refresh token (retired by rotation)". */
  label: string;
  value: string;
}

/** Everything a tool request is built from; each tool reads the fields it needs. */
export interface ToolSettings {
  /** The host of the OAuth endpoints: the flow's login host or My Domain. */
  loginHost: string;
  token: string;
  tokenKind: TokenKind;
  /** Revoke: a form POST (recommended) or GET with `?token=`, which Salesforce also accepts. */
  revokeMethod: 'POST' | 'GET';
  /** Introspect: the calling app's credentials (an app may introspect only its own tokens). */
  clientId: string;
  clientSecret: string;
  clientAuth: ClientAuthMethod;
  /** The identity URL: the `id` of the token response. */
  identityUrl: string;
  /** Identity URL: the token in an Authorization header, or as `?oauth_token=` (leaks into logs). */
  identityAuth: 'bearer' | 'query';
}

/** Which tokens a tool takes from a flow; any tool takes a pasted one. */
export const TOOL_TOKEN_KINDS: Record<ToolId, readonly ToolToken['kind'][]> = {
  revoke: ['access_token', 'refresh_token', 'id_token'],
  introspect: ['access_token', 'refresh_token'],
  userinfo: ['access_token'],
  identity: ['access_token'],
};
