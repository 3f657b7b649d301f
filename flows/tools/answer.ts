/** What a tool's answer means: success with its fields, or the error to explain by its code. */
import { errorCode, responseError } from '../errors';
import { getHeader, type WireResponse } from '../http';
import { jsonObject, jsonText } from '../json';
import type { TokenKind, ToolId } from './types';

export interface ToolField {
  name: string;
  value: string;
  /** e.g. an epoch-seconds time as a date. */
  note?: string;
}

export interface ToolError {
  /** Looked up in the glossary: `invalid_token`, `INVALID_SESSION_ID`, `Bad_OAuth_Token`... */
  code: string;
  description?: string;
  status: number;
  where: string;
}

export interface ToolAnswer {
  ok: boolean;
  headline: string;
  /** What the answer means, in order. */
  notes: string[];
  fields: ToolField[];
  error?: ToolError;
}

const SECONDS_FIELDS = new Set(['exp', 'iat', 'nbf']);

function fieldsOf(json: Record<string, unknown>): ToolField[] {
  return Object.entries(json).map(([name, value]) => {
    const field: ToolField = { name, value: jsonText(value) };
    if (SECONDS_FIELDS.has(name) && typeof value === 'number') field.note = `${new Date(value * 1000).toISOString()} (seconds since 1970)`;
    return field;
  });
}

/** Salesforce's identity service answers errors as a bare word in plain text, e.g. `Bad_OAuth_Token`. */
function plainTextCode(response: WireResponse): string | undefined {
  const type = getHeader(response.headers, 'content-type') ?? '';
  const body = response.body.trim();
  return type.startsWith('text/plain') && /^[A-Za-z_]{1,64}$/.test(body) ? body : undefined;
}

export function toolError(tool: ToolId, response: WireResponse): ToolError {
  const text = plainTextCode(response);
  if (text) return { code: text, status: response.status, where: `The identity service answered HTTP ${response.status} with a plain-text code` };
  const error = responseError(`tool-${tool}`, response);
  const where = `Salesforce answered HTTP ${response.status}`;
  switch (error.kind) {
    case 'oauth':
      return { code: error.error, description: error.errorDescription, status: response.status, where };
    case 'rest':
      return { code: error.errorCode, description: error.message, status: response.status, where };
    case 'validation':
    case 'transport':
      return { code: errorCode(error), description: error.message, status: response.status, where };
    default:
      return { code: errorCode(error), status: response.status, where };
  }
}

const REVOKED: Record<TokenKind, string[]> = {
  access_token: [
    'That session is over: introspect now answers {"active":false}, UserInfo and the REST API answer 401 INVALID_SESSION_ID, and the identity URL 403 Bad_OAuth_Token.',
    'The refresh token it came with, if any, still works: revoke the refresh token to end the approval itself.',
  ],
  refresh_token: [
    'The refresh token is revoked, and with it every access token issued from it: the user must approve the app again.',
    'Introspect now answers {"active":false} for all of them, and the REST API 401 INVALID_SESSION_ID.',
  ],
  id_token: ['An id_token is not a session: Salesforce revokes only access and refresh tokens.'],
  pasted: [
    'Whatever the token was is revoked: an access token ends its session; a refresh token also takes every access token issued from it.',
    'Introspect now answers {"active":false}, and the REST API 401 INVALID_SESSION_ID.',
  ],
};

function revokeAnswer(kind: TokenKind, response: WireResponse): ToolAnswer {
  const how = response.body === '' ? 'HTTP 200 with an empty body' : 'HTTP 200';
  return { ok: true, headline: `Revoked: ${how}.`, notes: REVOKED[kind], fields: [] };
}

function introspectAnswer(json: Record<string, unknown>): ToolAnswer {
  const fields = fieldsOf(json);
  if (json.active !== true) {
    return {
      ok: true,
      headline: 'active: false — Salesforce will not say more about this token.',
      notes: [
        'A bare {"active":false} means any of: revoked, expired, not a token at all, or issued to another app (an app may introspect only its own tokens unless the admin allowed it to introspect all tokens).',
        'Salesforce does not say which, on purpose: the answer would help someone guessing tokens.',
      ],
      fields,
    };
  }
  const notes = [
    `token_type ${jsonText(json.token_type)} is the kind of token, not "Bearer".`,
    'exp, iat and nbf are seconds since 1970, unlike issued_at in the token response (milliseconds).',
  ];
  if (!('exp' in json)) notes.push('No exp: under the app\'s refresh token policy this token is valid until revoked.');
  if (json.token_type === 'access_token') notes.push('exp moves: an access token lives for the session timeout after its last use, so every call pushes it back.');
  return { ok: true, headline: 'active: true — the token is live and was issued to this app.', notes, fields };
}

function profileAnswer(tool: 'userinfo' | 'identity', json: Record<string, unknown>): ToolAnswer {
  const notes = tool === 'userinfo'
    ? ['OpenID Connect claims of the user the token belongs to; sub is the identity URL.', 'The urls hold the org\'s API endpoints with a literal {version} for the client to fill in.']
    : ['The identity URL names the user and the org; a client splits the id URL\'s last two segments for the org and user IDs.', 'The urls hold the org\'s API endpoints with a literal {version} for the client to fill in.'];
  return { ok: true, headline: `The token works: ${jsonText(json.username ?? json.preferred_username ?? json.sub)}.`, notes, fields: fieldsOf(json) };
}

const ERROR_NOTES: Partial<Record<ToolId, string>> = {
  revoke: 'Nothing was revoked.',
  userinfo: 'A revoked, expired or mistyped access token: UserInfo, like the REST API, answers 401 INVALID_SESSION_ID.',
  identity: 'A revoked, expired or mistyped access token, or an identity URL of another org or an unknown user.',
};

/** What the response says, for the tool that sent it and the kind of token it carried. */
export function readToolAnswer(tool: ToolId, kind: TokenKind, response: WireResponse): ToolAnswer {
  const json = response.status === 200 ? jsonObject(response.body) : undefined;
  if (tool === 'revoke' && response.status === 200) return revokeAnswer(kind, response);
  if (json && tool === 'introspect') return introspectAnswer(json);
  if (json && (tool === 'userinfo' || tool === 'identity')) return profileAnswer(tool, json);
  const error = toolError(tool, response);
  const notes = ERROR_NOTES[tool];
  return { ok: false, headline: `${error.code}${error.description ? `: ${error.description}` : ''}`, notes: notes ? [notes] : [], fields: [], error };
}
