/** Reading a Salesforce token response into the fields a client keeps, and saying what came back. */
import { validationError, type ValidationError } from '../errors';
import type { WireResponse } from '../http';
import { jsonObject } from '../json';
import { abbreviate } from '../requests';
import { issuedAtTime } from '../token-response';

/** The fields a client keeps from a Salesforce token response. */
export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  instanceUrl: string;
  /** The identity URL. */
  id: string;
  /** Milliseconds since the epoch, as the string Salesforce sends; every grant but JWT bearer sends it. */
  issuedAt?: string;
  signature?: string;
  scope?: string;
  /** Client credentials responses only; Salesforce does not document its meaning. */
  apiInstanceUrl?: string;
}

const REQUIRED = ['access_token', 'instance_url', 'id', 'issued_at'] as const;
/** The JWT bearer response has neither issued_at nor signature (reference section 5). */
export const JWT_BEARER_REQUIRED = ['access_token', 'instance_url', 'id'] as const;
const OPTIONAL: Array<[keyof TokenSet, string]> = [
  ['refreshToken', 'refresh_token'],
  ['idToken', 'id_token'],
  ['signature', 'signature'],
  ['scope', 'scope'],
  ['apiInstanceUrl', 'api_instance_url'],
];

function optionalString(json: Record<string, unknown>, name: string): string | undefined {
  const value = json[name];
  return typeof value === 'string' ? value : undefined;
}

/** The token set from a 200 response, or a `missing_field` error naming the first field that is absent. */
export function readTokenResponse(stepId: string, response: WireResponse, required: readonly string[] = REQUIRED): TokenSet | ValidationError {
  const json = jsonObject(response.body);
  if (!json) return validationError(stepId, 'unexpected_response', 'The token response is not a JSON object.');
  return readTokenFields(stepId, json, 'The token response', required);
}

/** The token set from Salesforce's fields wherever they came from (`where` names it in the error). */
export function readTokenFields(stepId: string, json: Record<string, unknown>, where: string, required: readonly string[] = REQUIRED): TokenSet | ValidationError {
  const missing = required.find((name) => typeof json[name] !== 'string');
  if (missing) return validationError(stepId, 'missing_field', `${where} has no ${missing}.`, missing);
  const tokens: TokenSet = {
    accessToken: json.access_token as string,
    instanceUrl: json.instance_url as string,
    id: json.id as string,
  };
  if (typeof json.issued_at === 'string') tokens.issuedAt = json.issued_at;
  for (const [key, name] of OPTIONAL) {
    const value = optionalString(json, name);
    if (value !== undefined) tokens[key] = value;
  }
  return tokens;
}

export function isTokenSet(value: TokenSet | ValidationError): value is TokenSet {
  return 'accessToken' in value;
}

export function accessTokenNote(tokens: TokenSet): string {
  return `access_token ${abbreviate(tokens.accessToken)}: opaque, no expires_in; it lives as long as the session.`;
}

/** instance_url, id and issued_at, one line each. */
export function whereAndWhenNotes(tokens: TokenSet, now: number): string[] {
  const issued = tokens.issuedAt === undefined ? undefined : issuedAtTime(tokens.issuedAt, now);
  return [
    `instance_url ${tokens.instanceUrl}: where the REST API calls go.`,
    `id ${tokens.id}: the identity URL.`,
    tokens.issuedAt === undefined
      ? 'No issued_at: this response does not say when the token was issued.'
      : issued
      ? `issued_at ${tokens.issuedAt}: milliseconds since the epoch, ${issued.iso} (${issued.relative}).`
      : `issued_at ${tokens.issuedAt}: not a number of milliseconds, so the client cannot tell when the token was issued.`,
  ];
}

/**
 * What the client took from a code or refresh response, one line each. `idTokenStep`: whether the flow goes
 * on to verify the id_token (the device flow does not).
 */
export function tokenNotes(tokens: TokenSet, now: number, idTokenStep = true): string[] {
  const idToken = idTokenStep
    ? 'id_token received (the openid scope was granted): verified in a later step.'
    : 'id_token received (the openid scope was granted): check its signature against /id/keys before trusting it (the Web Server flow verifies one step by step).';
  return [
    accessTokenNote(tokens),
    tokens.refreshToken
      ? `refresh_token ${abbreviate(tokens.refreshToken)}: kept to get new access tokens.`
      : 'No refresh_token: the refresh_token scope was not granted.',
    tokens.idToken ? idToken : 'No id_token: the openid scope was not granted.',
    ...whereAndWhenNotes(tokens, now),
  ];
}
