/**
 * The refresh token family as the client saw it, rebuilt from the recorded exchanges (requests as sent,
 * responses as received): every refresh token issued, which step produced it, and what became of it.
 */
import type { Exchange } from '../http';
import { jsonObject } from '../json';
import { abbreviate } from '../requests';

/** current: the one to use; retired: rotated out; revoked: killed with its family; refused: refused for another reason (policy, revoked elsewhere). */
export type FamilyTokenStatus = 'current' | 'retired' | 'revoked' | 'refused';

export interface FamilyToken {
  token: string;
  short: string;
  /** The step whose response carried it. */
  issuedBy: string;
  status: FamilyTokenStatus;
}

/** One use of a refresh token at the token endpoint. */
export interface FamilyUse {
  stepId: string;
  presented: string;
  /** rotated: a new refresh token came back; kept: only a new access token; refused: an error. */
  result: 'rotated' | 'kept' | 'refused';
  /** `error / error_description` when refused. */
  error?: string;
}

export interface RefreshTokenFamily {
  tokens: FamilyToken[];
  uses: FamilyUse[];
  /** A retired token was replayed and refused: Salesforce revoked the family. */
  revoked: boolean;
}

interface TokenCall {
  stepId: string;
  grantType: string | null;
  presented: string | null;
  status: number;
  json: Record<string, unknown> | undefined;
}

function tokenCall(exchange: Exchange): TokenCall | undefined {
  const { request, response } = exchange;
  if (!response || request.method !== 'POST' || !request.url.split('?')[0]?.endsWith('/services/oauth2/token')) return undefined;
  const body = new URLSearchParams(request.body ?? '');
  const json = jsonObject(response.body);
  return { stepId: exchange.stepId, grantType: body.get('grant_type'), presented: body.get('refresh_token'), status: response.status, json };
}

function text(json: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = json?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The exchanges up to the last one of `untilStepId` (all of them when that step has none). */
function upTo(exchanges: readonly Exchange[], untilStepId: string | undefined): readonly Exchange[] {
  const last = untilStepId === undefined ? -1 : exchanges.findLastIndex((e) => e.stepId === untilStepId);
  return last < 0 ? exchanges : exchanges.slice(0, last + 1);
}

function issue(family: RefreshTokenFamily, token: string, stepId: string): void {
  for (const member of family.tokens) if (member.status === 'current') member.status = 'retired';
  family.tokens.push({ token, short: abbreviate(token), issuedBy: stepId, status: 'current' });
}

function refuse(family: RefreshTokenFamily, member: FamilyToken | undefined): void {
  if (member?.status === 'retired' && !family.revoked) {
    family.revoked = true;
    for (const token of family.tokens) token.status = 'revoked';
  } else if (member && member.status === 'current') {
    member.status = 'refused';
  }
}

function recordUse(family: RefreshTokenFamily, call: TokenCall & { presented: string }): FamilyUse {
  const member = family.tokens.find((t) => t.token === call.presented);
  const base = { stepId: call.stepId, presented: abbreviate(call.presented) };
  if (call.status !== 200) {
    refuse(family, member);
    return { ...base, result: 'refused', error: `${text(call.json, 'error') ?? call.status} / ${text(call.json, 'error_description') ?? ''}` };
  }
  const fresh = text(call.json, 'refresh_token');
  if (fresh === undefined || fresh === call.presented) return { ...base, result: 'kept' };
  issue(family, fresh, call.stepId);
  return { ...base, result: 'rotated' };
}

export function refreshTokenFamily(exchanges: readonly Exchange[], untilStepId?: string): RefreshTokenFamily {
  const family: RefreshTokenFamily = { tokens: [], uses: [], revoked: false };
  for (const exchange of upTo(exchanges, untilStepId)) {
    const call = tokenCall(exchange);
    if (!call) continue;
    const fresh = text(call.json, 'refresh_token');
    if (call.grantType === 'authorization_code' && call.status === 200 && fresh !== undefined) {
      // A new approval starts a new family.
      Object.assign(family, { tokens: [], uses: [], revoked: false });
      issue(family, fresh, call.stepId);
    }
    else if (call.grantType === 'refresh_token' && call.presented !== null) family.uses.push(recordUse(family, { ...call, presented: call.presented }));
  }
  return family;
}
