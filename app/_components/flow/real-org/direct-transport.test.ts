import { describe, expect, it } from 'vitest';
import { CORS_REFUSED, directTransport } from './direct-transport';

describe('the direct path', () => {
  it('sends the request as given, without credentials or referrer, and never follows a redirect', async () => {
    let seen: RequestInit | undefined;
    const transport = directTransport(async (_url, init) => {
      seen = init;
      return new Response('{"keys":[]}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const response = await transport.send({ method: 'POST', url: 'https://acme.my.salesforce.com/services/oauth2/token', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'grant_type=x' });
    expect(seen).toMatchObject({ method: 'POST', body: 'grant_type=x', mode: 'cors', credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer' });
    expect(response).toMatchObject({ status: 200, body: '{"keys":[]}' });
    expect(response.headers).toContainEqual(['content-type', 'application/json']);
  });

  it('explains a CORS refusal', async () => {
    const transport = directTransport(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(transport.send({ method: 'GET', url: 'https://login.salesforce.com/id/keys', headers: [] })).rejects.toThrow(CORS_REFUSED);
  });
});
