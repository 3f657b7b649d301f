/**
 * Reading an error as it travels: from a URL (Salesforce's error page, or a callback with `error` in its
 * query or fragment), from a body (token endpoint JSON, form-encoded, or the REST error array), and from
 * the exchanges a step recorded. The lab checks scenarios with it; the decoder reads pasted text with it.
 */
import { getHeader, type Exchange } from '@/flows/http';
import { isRecord, parseJson } from '@/flows/json';
import type { WireError } from './types';

export const ERROR_PAGE_PATH = '/setup/secur/RemoteAccessErrorPage.apexp';

/** The error a URL carries: on Salesforce's error page, or in a callback's query or fragment. */
export function errorFromUrl(url: URL, status: number): WireError | undefined {
  if (url.pathname.endsWith(ERROR_PAGE_PATH)) {
    const error = url.searchParams.get('error');
    return error ? { shape: 'error-page', status, error, description: url.searchParams.get('error_description') ?? '' } : undefined;
  }
  const sources = [
    ['query', url.searchParams],
    ['fragment', new URLSearchParams(url.hash.slice(1))],
  ] as const;
  for (const [where, params] of sources) {
    const error = params.get('error');
    if (error) return { shape: 'redirect', status, in: where, error, description: params.get('error_description') ?? '' };
  }
  return undefined;
}

/** A token endpoint error (JSON or form-encoded) or a REST error array, from a response body. */
export function errorFromBody(body: string, status: number): WireError | undefined {
  const json = parseJson(body);
  if (isRecord(json) && typeof json.error === 'string') {
    return { shape: 'token-json', status, error: json.error, description: typeof json.error_description === 'string' ? json.error_description : '' };
  }
  const first: unknown = Array.isArray(json) ? json[0] : undefined;
  if (isRecord(first) && typeof first.errorCode === 'string') {
    return { shape: 'rest', status, error: first.errorCode, description: typeof first.message === 'string' ? first.message : '' };
  }
  if (json !== undefined || !/^error=/.test(body.trim())) return undefined;
  const form = new URLSearchParams(body.trim());
  const error = form.get('error');
  return error ? { shape: 'token-json', status, error, description: form.get('error_description') ?? '' } : undefined;
}

/** The error in one recorded exchange: a redirect's Location, the error page requested, or the body. */
export function errorOfExchange(exchange: Exchange): WireError | undefined {
  const { request, response } = exchange;
  if (!response) return undefined;
  const location = getHeader(response.headers, 'location');
  if (response.status >= 300 && response.status < 400 && location) {
    const target = new URL(location, request.url);
    // The redirect to the error page is not the error yet: the page it leads to is.
    return target.pathname.endsWith(ERROR_PAGE_PATH) ? undefined : errorFromUrl(target, response.status);
  }
  const requested = new URL(request.url);
  if (requested.pathname.endsWith(ERROR_PAGE_PATH)) return errorFromUrl(requested, response.status);
  return response.status >= 400 ? errorFromBody(response.body, response.status) : undefined;
}

/** The last error among a step's exchanges. */
export function errorOfExchanges(exchanges: readonly Exchange[]): { error: WireError; exchange: Exchange } | undefined {
  for (const exchange of [...exchanges].reverse()) {
    const error = errorOfExchange(exchange);
    if (error) return { error, exchange };
  }
  return undefined;
}
