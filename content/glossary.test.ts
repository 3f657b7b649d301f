import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLIENT_CREDENTIALS_DISABLED_ERRORS, DEVICE_DISABLED_ERRORS, DEVICE_EXPIRED_ERRORS, USER_AGENT_BLOCKED_ERRORS } from '@/mocks/state';
import { explainError, GLOSSARY, lookupTerm } from './glossary';
import { inlineToPlainText } from './inline';
import type { GlossaryKind } from './types';

const termsOf = (kind: GlossaryKind): string[] => GLOSSARY.filter((entry) => entry.kind === kind).map((entry) => entry.term);

/** The error codes the mock org and the flows can produce (reference sections 2, 4-7, 14, 22, 24, 25). */
const WIRE_ERROR_CODES = [
  'invalid_client_id',
  'invalid_client',
  'invalid_grant',
  'redirect_uri_mismatch',
  'redirect_uri_missing',
  'invalid_scope',
  'invalid_request',
  'unsupported_grant_type',
  'unsupported_response_type',
  'access_denied',
  'invalid_app_access',
  'immediate_unsuccessful',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'invalid_token',
  'unsupported_token_type',
  'INVALID_SESSION_ID',
  'MALFORMED_QUERY',
  'No_Oauth_Token',
  'Bad_OAuth_Token',
  'Bad_Id',
  'OAUTH_APPROVAL_ERROR_GENERIC',
  'inactive_user',
  'inactive_org',
  'rate_limit_exceeded',
  'unauthorized_client',
];

const INVALID_GRANT_DESCRIPTIONS = [
  'expired authorization code',
  'invalid authorization code',
  'redirect uri does not match configuration',
  'invalid code verifier',
  'authentication failure',
  'expired access/refresh token',
  "user hasn't approved this consumer",
  'audience is invalid',
  'Audience validation failed',
  'invalid assertion',
  'no client credentials user enabled',
  'request not supported on this domain',
  'no valid scopes defined',
];

describe('glossary entries', () => {
  it('each have a one-sentence summary', () => {
    const isOneSentence = (text: string) => /^\S.*[.)]$/.test(text) && !/[.!?] [A-Z]/.test(text);
    const offenders = GLOSSARY.filter((entry) => !isOneSentence(inlineToPlainText(entry.summary)));
    expect(offenders.map((entry) => entry.term)).toEqual([]);
  });

  it('explain the cause and the fix of every error, and only of errors', () => {
    for (const entry of GLOSSARY) {
      const isError = entry.kind === 'error';
      expect(Boolean(entry.cause?.trim()), `${entry.term} cause`).toBe(isError);
      expect(Boolean(entry.fix?.trim()), `${entry.term} fix`).toBe(isError);
    }
  });

  it('are unique per kind', () => {
    const keys = GLOSSARY.map((entry) => `${entry.kind}:${entry.term.toLowerCase()}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('link specs over https only', () => {
    const specUrls = GLOSSARY.flatMap((entry) => (entry.spec ? [entry.spec.url] : []));
    expect(specUrls.length).toBeGreaterThan(40);
    for (const url of specUrls) expect(url).toMatch(/^https:\/\/[^\s]+$/);
  });
});

describe('glossary coverage', () => {
  it('explains every parameter the Web Server flow sends', () => {
    const sent = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'prompt', 'login_hint', 'display', 'grant_type', 'code', 'client_secret', 'code_verifier', 'refresh_token', 'token', 'token_type_hint', 'format'];
    expect(termsOf('parameter')).toEqual(expect.arrayContaining(sent));
    expect(lookupTerm('Authorization', 'header')?.summary).toContain('Bearer');
  });

  it('explains every parameter the client credentials and username-password flows send, and the concepts behind them', () => {
    expect(termsOf('parameter')).toEqual(expect.arrayContaining(['grant_type', 'client_id', 'client_secret', 'scope', 'username', 'password']));
    expect(termsOf('concept')).toEqual(expect.arrayContaining(['Run As user', 'security token', 'Allow OAuth Username-Password Flows', 'My Domain']));
  });

  it('explains the JWT bearer flow\'s parameter and the concepts behind it', () => {
    expect(termsOf('parameter')).toEqual(expect.arrayContaining(['grant_type', 'assertion']));
    expect(termsOf('concept')).toEqual(expect.arrayContaining(['JWT bearer flow', 'Use digital signatures', 'X.509 certificate', 'PKCS#8', 'PEM', 'JWK thumbprint', 'Admin approved users are pre-authorized']));
  });

  it('explains every error code the org settings may choose for a client credentials flow that is off', () => {
    for (const code of CLIENT_CREDENTIALS_DISABLED_ERRORS) expect(explainError(code)?.term, code).toBe(code);
    for (const code of [...DEVICE_EXPIRED_ERRORS, ...DEVICE_DISABLED_ERRORS]) expect(explainError(code)?.term, code).toBe(code);
  });

  it('explains every field of the token response, and the missing expires_in', () => {
    const fields = ['access_token', 'refresh_token', 'signature', 'scope', 'id_token', 'instance_url', 'id', 'token_type', 'issued_at', 'api_instance_url', 'expires_in'];
    expect(termsOf('response-field')).toEqual(expect.arrayContaining(fields));
    expect(lookupTerm('expires_in')?.summary).toMatch(/^Absent/);
  });

  it('explains the core id_token claims', () => {
    expect(termsOf('claim')).toEqual(expect.arrayContaining(['iss', 'sub', 'aud', 'exp', 'iat', 'at_hash', 'nonce']));
  });

  it('explains every scope Salesforce advertises', () => {
    expect(termsOf('scope')).toHaveLength(36);
    expect(termsOf('scope')).toEqual(expect.arrayContaining(['api', 'refresh_token', 'offline_access', 'openid', 'full', 'web', 'mcp_api', 'cdp_identityresolution_api']));
  });

  it('explains every wire error code', () => {
    for (const code of WIRE_ERROR_CODES) expect(explainError(code)?.term, code).toBe(code);
  });

  it('explains every invalid_grant description on its own', () => {
    for (const description of INVALID_GRANT_DESCRIPTIONS) {
      expect(explainError('invalid_grant', description)?.term).toBe(`invalid_grant: ${description}`);
    }
  });

  it('explains both INVALID_SESSION_ID messages', () => {
    expect(explainError('INVALID_SESSION_ID', 'Session expired or invalid')?.fix).toContain('Refresh');
    expect(explainError('INVALID_SESSION_ID', 'This session is not valid for use with the REST API')?.cause).toContain('`api`');
  });
});

/** Every source file of the mock org (tests excluded): what it can send is read from the code itself. */
function mockSources(): string {
  const root = fileURLToPath(new URL('../mocks/', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  return files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
}

const matchesOf = (source: string, pattern: RegExp): string[] => [...new Set([...source.matchAll(pattern)].map((m) => m[1] ?? ''))];

describe('glossary coverage, read from the mock org\'s code', () => {
  const source = mockSources();

  it('finds what it reads (the scan itself works)', () => {
    expect(matchesOf(source, /readonly error = '(\w+)'/g)).toEqual(expect.arrayContaining(['invalid_grant', 'redirect_uri_mismatch']));
    expect(matchesOf(source, /new InvalidGrantError\('([^']+)'/g)).toContain('invalid code verifier');
  });

  it('explains every error code the mock org can send', () => {
    const codes = [
      ...matchesOf(source, /readonly error = '(\w+)'/g),
      ...matchesOf(source, /restErrorResponse\(\d+, '(\w+)'/g),
      ...matchesOf(source, /'([A-Z][A-Z_]+) : /g),
      ...USER_AGENT_BLOCKED_ERRORS,
      ...CLIENT_CREDENTIALS_DISABLED_ERRORS,
    ];
    expect(codes.filter((code) => explainError(code)?.term !== code)).toEqual([]);
  });

  it('explains every invalid_grant description the mock org can send on its own', () => {
    const descriptions = matchesOf(source, /new InvalidGrantError\('([^']+)'/g);
    expect(descriptions.filter((d) => explainError('invalid_grant', d)?.term !== `invalid_grant: ${d}`)).toEqual([]);
  });

  it('explains every REST error message the mock org can send on its own', () => {
    const pairs = [...source.matchAll(/restErrorResponse\(401, '(\w+)', '([^']+)'/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
    expect(pairs.length).toBeGreaterThan(1);
    expect(pairs.filter(([code, message]) => explainError(code, message)?.term !== `${code}: ${message}`)).toEqual([]);
  });
});

describe('explainError', () => {
  it('prefers the entry for the description', () => {
    expect(explainError('invalid_grant', 'invalid code verifier')?.term).toBe('invalid_grant: invalid code verifier');
  });

  it('matches the description without regard to case or surrounding space', () => {
    expect(explainError('invalid_grant', ' audience validation FAILED ')?.term).toBe('invalid_grant: Audience validation failed');
  });

  it('falls back to the code when the description has no entry of its own', () => {
    expect(explainError('invalid_grant', 'something new')?.term).toBe('invalid_grant');
    expect(explainError('invalid_client', 'invalid client credentials')?.term).toBe('invalid_client');
  });

  it('returns undefined for an unknown code', () => {
    expect(explainError('no_such_error', 'whatever')).toBeUndefined();
  });

  it('never answers with a term that is not an error', () => {
    expect(explainError('scope')).toBeUndefined();
  });
});

describe('lookupTerm', () => {
  it('chooses between kinds when asked', () => {
    expect(lookupTerm('refresh_token', 'scope')?.kind).toBe('scope');
    expect(lookupTerm('refresh_token', 'response-field')?.kind).toBe('response-field');
  });

  it('returns the wire meaning first when no kind is given', () => {
    expect(lookupTerm('scope')?.kind).toBe('parameter');
  });

  it('ignores case', () => {
    expect(lookupTerm('my domain')?.term).toBe('My Domain');
  });

  it('returns undefined for an unknown term', () => {
    expect(lookupTerm('expires_at')).toBeUndefined();
  });
});
