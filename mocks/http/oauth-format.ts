/**
 * OAuth endpoint bodies in the encoding the client asked for: `format=json|urlencoded|xml` or the
 * matching Accept header; JSON by default (reference section 1.1).
 */
import type { OAuthError } from '../errors';
import { escapeHtml } from '../html/escape';
import type { Params } from './params';
import { JSON_TYPE, respond } from './responses';
import type { MockResponse } from './mock-response';
import type { MockRequest } from './mock-request';

export type OAuthFormat = 'json' | 'urlencoded' | 'xml';

const CONTENT_TYPES: Record<OAuthFormat, string> = {
  json: JSON_TYPE,
  urlencoded: 'application/x-www-form-urlencoded;charset=UTF-8',
  xml: 'application/xml;charset=UTF-8',
};

function isFormat(value: string | undefined): value is OAuthFormat {
  return value === 'json' || value === 'urlencoded' || value === 'xml';
}

/** The requested format: the `format` parameter, else the Accept header, else JSON. */
export function oauthFormat(request: MockRequest, params?: Params): OAuthFormat {
  const requested = params?.first('format');
  if (isFormat(requested)) return requested;
  const accept = request.headers.get('accept') ?? '';
  if (accept.includes('application/x-www-form-urlencoded')) return 'urlencoded';
  if (accept.includes('application/xml')) return 'xml';
  return 'json';
}

/** Field values are strings, except a few numbers (the device flow's `interval`), which JSON keeps as numbers. */
export type OAuthFields = Record<string, string | number>;

function serialize(fields: OAuthFields, format: OAuthFormat): string {
  const text = Object.entries(fields).map(([name, value]): [string, string] => [name, String(value)]);
  if (format === 'urlencoded') return new URLSearchParams(text).toString();
  if (format === 'xml') {
    const elements = text.map(([name, value]) => `<${name}>${escapeHtml(value)}</${name}>`);
    return `<?xml version="1.0" encoding="UTF-8"?><OAuth>${elements.join('')}</OAuth>`;
  }
  return JSON.stringify(fields);
}

export function oauthResponse(fields: OAuthFields, format: OAuthFormat, status = 200): MockResponse {
  return respond(serialize(fields, format), status, CONTENT_TYPES[format]);
}

export function oauthErrorResponse(error: OAuthError, format: OAuthFormat): MockResponse {
  return oauthResponse({ error: error.error, error_description: error.description }, format, error.status);
}
