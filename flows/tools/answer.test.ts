/** Reading answers the mock org does not give: odd bodies must still be explained, never thrown on. */
import { describe, expect, it } from 'vitest';
import type { WireResponse } from '../http';
import { readToolAnswer } from './answer';

const response = (status: number, body: string, contentType = 'application/json;charset=UTF-8'): WireResponse => ({
  status,
  statusText: '',
  headers: [['Content-Type', contentType]],
  body,
});

describe('readToolAnswer', () => {
  it('an HTML error page is an unexpected_response that quotes the status', () => {
    const answer = readToolAnswer('userinfo', 'access_token', response(502, '<html>Bad gateway</html>', 'text/html'));
    expect([answer.ok, answer.error?.code, answer.error?.status]).toEqual([false, 'unexpected_response', 502]);
    expect(answer.error?.description).toMatch(/^HTTP 502/);
  });

  it('a form-encoded revoke error (as jsforce expects some orgs to send) is read like the JSON one', () => {
    const answer = readToolAnswer('revoke', 'pasted', response(400, 'error=invalid_token&error_description=the+token+was+invalid', 'application/x-www-form-urlencoded'));
    expect(answer.error).toEqual({ code: 'invalid_token', description: 'the token was invalid', status: 400, where: 'Salesforce answered HTTP 400' });
    expect(answer.headline).toBe('invalid_token: the token was invalid');
  });

  it('introspection without active true is inactive, whatever else it says', () => {
    expect(readToolAnswer('introspect', 'access_token', response(200, '{"active":"true"}')).headline).toMatch(/^active: false/);
  });

  it('a refresh token\'s introspection without exp says it is valid until revoked', () => {
    const body = JSON.stringify({ active: true, token_type: 'refresh_token', iat: 1700000000 });
    const answer = readToolAnswer('introspect', 'refresh_token', response(200, body));
    expect(answer.notes).toContain('No exp: under the app\'s refresh token policy this token is valid until revoked.');
    expect(answer.fields.find((f) => f.name === 'iat')?.note).toBe('2023-11-14T22:13:20.000Z (seconds since 1970)');
  });

  it('the identity service\'s plain-text codes; plain text that is not a code is unexpected', () => {
    expect(readToolAnswer('identity', 'access_token', response(404, 'Bad_Id', 'text/plain;charset=UTF-8')).error?.code).toBe('Bad_Id');
    expect(readToolAnswer('identity', 'access_token', response(403, 'Something went wrong.', 'text/plain')).error?.code).toBe('unexpected_response');
  });

  it('revoking with a 200 and a body still counts as revoked, per token kind', () => {
    expect(readToolAnswer('revoke', 'refresh_token', response(200, '{}')).headline).toBe('Revoked: HTTP 200.');
    expect(readToolAnswer('revoke', 'id_token', response(200, '')).notes[0]).toMatch(/not a session/);
  });
});
