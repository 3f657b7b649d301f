import { describe, expect, it } from 'vitest';
import { callbackErrorFrom, errorCode, responseError, salesforcePageErrorFrom, transportError, validationError } from './errors';
import type { WireResponse } from './http';

function response(status: number, body: string, contentType = 'application/json;charset=UTF-8'): WireResponse {
  return { status, statusText: '', headers: [['Content-Type', contentType]], body };
}

describe('responseError', () => {
  it('types a token-endpoint JSON error', () => {
    const error = responseError('exchange-code', response(400, '{"error":"invalid_grant","error_description":"invalid code verifier"}'));
    expect(error).toEqual({ kind: 'oauth', stepId: 'exchange-code', status: 400, error: 'invalid_grant', errorDescription: 'invalid code verifier' });
    expect(errorCode(error)).toBe('invalid_grant');
  });

  it('types a form-encoded error body', () => {
    const error = responseError('revoke', response(400, 'error=invalid_token&error_description=token+was+invalid', 'application/x-www-form-urlencoded'));
    expect(error).toEqual({ kind: 'oauth', stepId: 'revoke', status: 400, error: 'invalid_token', errorDescription: 'token was invalid' });
  });

  it('types the REST error array', () => {
    const error = responseError('rest-query', response(401, '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]'));
    expect(error).toEqual({ kind: 'rest', stepId: 'rest-query', status: 401, errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' });
    expect(errorCode(error)).toBe('INVALID_SESSION_ID');
  });

  it('calls any other body unexpected, quoting the status', () => {
    const error = responseError('identity', { status: 503, statusText: 'Service Unavailable', headers: [], body: '<html>down</html>' });
    expect(error).toEqual({
      kind: 'validation',
      stepId: 'identity',
      code: 'unexpected_response',
      message: 'HTTP 503 Service Unavailable came back without an error body this client understands.',
    });
  });
});

describe('callbackErrorFrom', () => {
  it('reads ?error= of the code flow', () => {
    expect(callbackErrorFrom('check-callback', 'http://localhost:3000/callback?error=access_denied&error_description=end-user+denied+authorization&state=s')).toEqual({
      kind: 'callback',
      stepId: 'check-callback',
      error: 'access_denied',
      errorDescription: 'end-user denied authorization',
      in: 'query',
    });
  });

  it('reads #error= of the token flow, and nothing from a success', () => {
    expect(callbackErrorFrom('s', 'http://localhost:3000/callback#error=invalid_scope&state=s')).toEqual({ kind: 'callback', stepId: 's', error: 'invalid_scope', in: 'fragment' });
    expect(callbackErrorFrom('s', 'http://localhost:3000/callback?code=abc&state=s')).toBeUndefined();
  });
});

describe('salesforcePageErrorFrom', () => {
  it('reads the error from the page address when the page does not show it', () => {
    const url = 'https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client_id&error_description=client+identifier+invalid';
    expect(salesforcePageErrorFrom('authorize', response(400, '<h1>OAuth Error</h1>', 'text/html'), url)).toEqual({
      kind: 'salesforce-page',
      stepId: 'authorize',
      status: 400,
      url,
      error: 'invalid_client_id',
      errorDescription: 'client identifier invalid',
    });
  });

  it('finds nothing on a page without an error', () => {
    expect(salesforcePageErrorFrom('authorize', response(200, '<h1>Log In</h1>', 'text/html'), 'https://login.salesforce.com/')).toBeUndefined();
  });
});

describe('errorCode', () => {
  it('uses the validation code, and "transport" for a lost response', () => {
    expect(errorCode(validationError('check-callback', 'state_mismatch', 'm', 'state'))).toBe('state_mismatch');
    expect(errorCode(transportError('exchange-code', 'fetch failed'))).toBe('transport');
  });
});
