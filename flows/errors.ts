/**
 * Typed errors, each naming the step it belongs to so the page can pin it to that step's panel and
 * explain it by its code (`errorCode`).
 */
import { getHeader, type WireResponse } from './http';
import { parseSalesforceErrorPage } from './html-form';
import { isRecord, parseJson } from './json';

/** The client's own checks. */
export type ValidationCode =
  | 'state_mismatch'
  | 'nonce_mismatch'
  | 'id_token_signature'
  | 'id_token_claims'
  | 'signature_mismatch'
  | 'pkce_mismatch'
  | 'missing_field'
  | 'bad_input'
  /** A response that is neither a success nor an error of the shape the endpoint uses. */
  | 'unexpected_response'
  /** The browser followed more redirects than it allows (browsers stop at about 20). */
  | 'too_many_redirects'
  /** The person at the browser closed it on a Salesforce page instead of signing in or deciding. */
  | 'browser_closed'
  /** An access token still worked after it was revoked. */
  | 'token_still_active';

/** A token-endpoint style JSON error: `{"error": ..., "error_description": ...}`. */
export interface OAuthError {
  kind: 'oauth';
  stepId: string;
  status: number;
  error: string;
  errorDescription?: string;
}

/** `?error=` (code flow) or `#error=` (token flow) on the redirect to the callback. */
export interface CallbackError {
  kind: 'callback';
  stepId: string;
  error: string;
  errorDescription?: string;
  in: 'query' | 'fragment';
}

/** An error Salesforce shows on its own page instead of redirecting (it cannot trust the redirect_uri). */
export interface SalesforcePageError {
  kind: 'salesforce-page';
  stepId: string;
  status: number;
  url: string;
  error: string;
  errorDescription?: string;
}

/** The REST API's error array: `[{"message": ..., "errorCode": ...}]`. */
export interface RestError {
  kind: 'rest';
  stepId: string;
  status: number;
  errorCode: string;
  message: string;
}

export interface ValidationError {
  kind: 'validation';
  stepId: string;
  code: ValidationCode;
  message: string;
  /** The input or response field concerned, when there is one. */
  field?: string;
}

/** No response at all: network failure, or a relay that refused the request. */
export interface TransportError {
  kind: 'transport';
  stepId: string;
  message: string;
}

export type FlowError = OAuthError | CallbackError | SalesforcePageError | RestError | ValidationError | TransportError;

/** The code the page looks up in content/ to explain an error. */
export function errorCode(error: FlowError): string {
  switch (error.kind) {
    case 'oauth':
    case 'callback':
    case 'salesforce-page':
      return error.error;
    case 'rest':
      return error.errorCode;
    case 'validation':
      return error.code;
    case 'transport':
      return 'transport';
  }
}

export function validationError(stepId: string, code: ValidationCode, message: string, field?: string): ValidationError {
  return field === undefined ? { kind: 'validation', stepId, code, message } : { kind: 'validation', stepId, code, message, field };
}

export function transportError(stepId: string, message: string): TransportError {
  return { kind: 'transport', stepId, message };
}

function withDescription<T extends object>(base: T, description: string | null | undefined): T & { errorDescription?: string } {
  return description ? { ...base, errorDescription: description } : base;
}

/** Reads `error`/`error_description` from the parameters of a redirect (query or fragment). */
export function callbackErrorFrom(stepId: string, url: string): CallbackError | undefined {
  const parsed = new URL(url);
  const sources = [
    ['query', parsed.searchParams],
    ['fragment', new URLSearchParams(parsed.hash.slice(1))],
  ] as const;
  for (const [where, params] of sources) {
    const error = params.get('error');
    if (!error) continue;
    const found: CallbackError = { kind: 'callback', stepId, error, in: where };
    return withDescription(found, params.get('error_description'));
  }
  return undefined;
}

/** The `error`/`error_description` pair of a JSON body, or of a form-encoded one (some Salesforce endpoints answer so). */
/** The error Salesforce shows on its own page, read from the page or from the page's address. */
export function salesforcePageErrorFrom(stepId: string, response: WireResponse, url: string): SalesforcePageError | undefined {
  const params = new URL(url).searchParams;
  const error = params.get('error');
  const fromUrl = error ? { error, errorDescription: params.get('error_description') ?? undefined } : undefined;
  const shown = parseSalesforceErrorPage(response.body) ?? fromUrl;
  if (!shown) return undefined;
  const found: SalesforcePageError = { kind: 'salesforce-page', stepId, status: response.status, url, error: shown.error };
  return withDescription(found, shown.errorDescription);
}

function oauthPair(response: WireResponse): { error: string; description?: string } | undefined {
  const json = parseJson(response.body);
  if (isRecord(json) && typeof json.error === 'string') {
    return { error: json.error, description: typeof json.error_description === 'string' ? json.error_description : undefined };
  }
  const contentType = getHeader(response.headers, 'content-type') ?? '';
  if (!contentType.includes('application/x-www-form-urlencoded')) return undefined;
  const form = new URLSearchParams(response.body);
  const error = form.get('error');
  return error ? { error, description: form.get('error_description') ?? undefined } : undefined;
}

function restPair(response: WireResponse): { errorCode: string; message: string } | undefined {
  const json = parseJson(response.body);
  const first: unknown = Array.isArray(json) ? json[0] : undefined;
  if (!isRecord(first) || typeof first.errorCode !== 'string') return undefined;
  return { errorCode: first.errorCode, message: typeof first.message === 'string' ? first.message : '' };
}

/**
 * Types an unsuccessful response: an OAuth error body, a REST error array, or, when the body is
 * neither, an `unexpected_response` validation error that quotes the status.
 */
export function responseError(stepId: string, response: WireResponse): FlowError {
  const oauth = oauthPair(response);
  if (oauth) {
    const found: OAuthError = { kind: 'oauth', stepId, status: response.status, error: oauth.error };
    return withDescription(found, oauth.description);
  }
  const rest = restPair(response);
  if (rest) return { kind: 'rest', stepId, status: response.status, ...rest };
  return validationError(
    stepId,
    'unexpected_response',
    `HTTP ${response.status} ${response.statusText}`.trimEnd() + ' came back without an error body this client understands.',
  );
}
