import { expect, test } from 'vitest';
import { formEncode, getHeader } from '@/flows/http';
import { createMockOrg } from './index';
import { authorizeUrl, LOGIN } from './test-helpers';

test('send() turns a WireRequest into the raw WireResponse, 302s included', async () => {
  const transport = (await createMockOrg()).transport();
  expect(transport.target).toBe('mock');
  const redirect = await transport.send({ method: 'GET', url: authorizeUrl(LOGIN, {}), headers: [] });
  expect([redirect.status, redirect.statusText, redirect.body]).toEqual([302, 'Found', '']);
  expect(getHeader(redirect.headers, 'Location')).toMatch(/^https:\/\/login\.salesforce\.com\/\?ec=302/);

  const error = await transport.send({
    method: 'POST',
    url: `${LOGIN}/services/oauth2/token`,
    headers: [['Content-Type', 'application/x-www-form-urlencoded']],
    body: formEncode([['grant_type', 'nope']]),
  });
  expect([error.status, error.statusText, error.body]).toEqual([400, 'Bad Request', '{"error":"unsupported_grant_type","error_description":"grant type not supported"}']);
  expect(getHeader(error.headers, 'content-type')).toBe('application/json;charset=UTF-8');
});

test('a body on a GET is dropped rather than refused', async () => {
  const transport = (await createMockOrg()).transport();
  const response = await transport.send({ method: 'GET', url: `${LOGIN}/id/keys`, headers: [], body: 'ignored' });
  expect(response.status).toBe(200);
});
