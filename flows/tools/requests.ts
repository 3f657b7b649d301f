/** Builds each tool's one request from the settings, or says which field is wrong. */
import { withQuery, type WireRequest } from '../http';
import { basicAuthorization, bearerGet, formPost, loginUrl, type FormPairs } from '../requests';
import type { ToolId, ToolSettings } from './types';

/** A setting the request cannot be built from, with the field it belongs to. */
export interface ToolInputError {
  field: keyof ToolSettings;
  message: string;
}

export type BuiltRequest = { ok: true; request: WireRequest } | { ok: false; error: ToolInputError };

function absoluteUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The checks every tool shares: a host to send to and a token that fits in a header or a form field. */
function commonError(tool: ToolId, settings: ToolSettings): ToolInputError | undefined {
  const token = settings.token;
  if (token === '') return { field: 'token', message: 'Pick a token or paste one.' };
  if (/\s/.test(token)) return { field: 'token', message: 'A token has no spaces or line breaks: paste exactly one token.' };
  if (tool === 'identity') {
    if (!absoluteUrl(settings.identityUrl)) return { field: 'identityUrl', message: 'The identity URL must be an absolute URL such as https://login.salesforce.com/id/00D…/005…, the `id` of the token response.' };
  } else if (!absoluteUrl(settings.loginHost)) {
    return { field: 'loginHost', message: 'The host must be an absolute URL such as https://login.salesforce.com.' };
  }
  return undefined;
}

function revokeRequest(settings: ToolSettings): WireRequest {
  const url = loginUrl(settings.loginHost, '/services/oauth2/revoke');
  if (settings.revokeMethod === 'GET') return { method: 'GET', url: withQuery(url, [['token', settings.token]]), headers: [['Accept', 'application/json']] };
  return formPost(url, [['token', settings.token]]);
}

function introspectRequest(settings: ToolSettings): BuiltRequest {
  const { clientId, clientSecret, clientAuth, token, tokenKind } = settings;
  if (clientId === '') return { ok: false, error: { field: 'clientId', message: 'Introspection needs the calling app\'s consumer key.' } };
  const hint: FormPairs = tokenKind === 'access_token' || tokenKind === 'refresh_token' ? [['token_type_hint', tokenKind]] : [];
  const url = loginUrl(settings.loginHost, '/services/oauth2/introspect');
  if (clientAuth === 'client_secret_basic') {
    return { ok: true, request: formPost(url, [['token', token], ...hint], [basicAuthorization(clientId, clientSecret)]) };
  }
  const secret: FormPairs = clientSecret === '' ? [] : [['client_secret', clientSecret]];
  return { ok: true, request: formPost(url, [['token', token], ...hint, ['client_id', clientId], ...secret]) };
}

function identityRequest(settings: ToolSettings): WireRequest {
  if (settings.identityAuth === 'bearer') return bearerGet(settings.identityUrl, settings.token);
  return { method: 'GET', url: withQuery(settings.identityUrl, [['oauth_token', settings.token]]), headers: [['Accept', 'application/json']] };
}

/** The request the tool will send (shown, editable, then sent exactly), or the setting to fix first. */
export function buildToolRequest(tool: ToolId, settings: ToolSettings): BuiltRequest {
  const error = commonError(tool, settings);
  if (error) return { ok: false, error };
  switch (tool) {
    case 'revoke':
      return { ok: true, request: revokeRequest(settings) };
    case 'introspect':
      return introspectRequest(settings);
    case 'userinfo':
      return { ok: true, request: bearerGet(loginUrl(settings.loginHost, '/services/oauth2/userinfo'), settings.token) };
    case 'identity':
      return { ok: true, request: identityRequest(settings) };
  }
}

/** Warnings about the request as built: a token in a URL ends up in logs and history. */
export function toolWarnings(tool: ToolId, settings: ToolSettings): string[] {
  const inUrl = (tool === 'revoke' && settings.revokeMethod === 'GET') || (tool === 'identity' && settings.identityAuth === 'query');
  if (!inUrl) return [];
  return ['The token goes in the URL: web server logs, proxies and browser history keep URLs, so anyone who reads them can use the token. Salesforce accepts it, but prefer the header or the form body.'];
}
