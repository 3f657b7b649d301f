/**
 * What the decoder can read in pasted text: URLs (a callback carrying an error, Salesforce's error page,
 * an authorization URL, or a bare redirect URI), a JSON or form-encoded body with an HTTP status line or
 * not, and Salesforce's page headlines. Nothing is fetched or run; unknown text is left alone.
 */
import { isRecord, parseJson } from '@/flows/json';
import type { WireAbsence, WireError } from '../types';
import { errorFromBody, errorFromUrl } from '../wire';

export interface Reading {
  /** What was read, as label and value pairs, to show even when nothing is recognised. */
  fields: Array<[string, string]>;
  wire?: WireError | WireAbsence;
  /** The redirect_uri the client sent, when the text tells. */
  redirectUri?: string;
  /** The scopes the client asked for, when the text tells. */
  scopes?: string[];
  /** The grant_type of a pasted token request (an `assertion=` field alone means the JWT bearer grant). */
  grantType?: string;
}

const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The grant_type of a form-encoded token request in the text (curl -d, an HTTP request, a log line). */
function readGrantType(reading: Reading, text: string): void {
  const match = /(?:^|[\s&'"?])grant_type=([^\s&'"]+)/.exec(text);
  let grant: string | undefined;
  if (match?.[1]) {
    try {
      grant = decodeURIComponent(match[1].replace(/\+/g, ' '));
    } catch {
      grant = match[1];
    }
  } else if (/(?:^|[\s&'"?])assertion=eyJ/.test(text)) grant = JWT_BEARER_GRANT;
  if (grant === undefined) return;
  reading.fields.push(['grant_type', grant]);
  reading.grantType = grant;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>]+/gi;
const AUTHORIZE_PATH = '/services/oauth2/authorize';

/** Salesforce's headline for an uninstalled app, shown on its page instead of the error pair. */
const PAGE_HEADLINES: ReadonlyArray<[RegExp, WireError]> = [
  [/OAUTH_APPROVAL_ERROR_GENERIC/, { shape: 'error-page', status: 400, error: 'invalid_client', description: 'app must be installed into org' }],
  [/OAUTH_APP_ACCESS_DENIED/, { shape: 'error-page', status: 400, error: 'invalid_app_access', description: 'user is not admin approved to access this app' }],
];

function statusIn(text: string): number | undefined {
  const match = /^HTTP\/[\d.]+ (\d{3})/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The JSON value in the text: from the first `{` or `[` (whichever comes first) to the last matching `}` or `]`. */
function jsonIn(text: string): { value: unknown; raw: string } | undefined {
  const openers = (['{', '['] as const).map((open) => [open, text.indexOf(open)] as const).filter(([, at]) => at !== -1);
  openers.sort((a, b) => a[1] - b[1]);
  for (const [open, start] of openers) {
    const end = text.lastIndexOf(open === '{' ? '}' : ']');
    if (end <= start) continue;
    const raw = text.slice(start, end + 1);
    const value = parseJson(raw);
    if (value !== undefined) return { value, raw };
  }
  return undefined;
}

function readUrl(reading: Reading, raw: string): void {
  if (!URL.canParse(raw)) return;
  const url = new URL(raw);
  const error = errorFromUrl(url, url.pathname.endsWith('.apexp') ? 400 : 302);
  if (url.pathname.endsWith(AUTHORIZE_PATH)) {
    reading.fields.push(['authorization URL', raw]);
    for (const name of ['client_id', 'redirect_uri', 'response_type', 'scope', 'code_challenge']) {
      const value = url.searchParams.get(name);
      if (value !== null) reading.fields.push([name, value]);
    }
    reading.redirectUri ??= url.searchParams.get('redirect_uri') ?? undefined;
    const scope = url.searchParams.get('scope');
    if (scope !== null) reading.scopes ??= scope.split(/\s+/).filter(Boolean);
  } else if (error) {
    reading.fields.push([error.shape === 'error-page' ? 'Salesforce error page' : `callback URL (error in the ${error.in})`, raw]);
    reading.wire ??= error;
    // A callback carrying an error was the redirect_uri plus the error parameters.
    if (error.shape === 'redirect') reading.redirectUri ??= raw.split(/[?#]/)[0];
  } else if (!/salesforce\.com|force\.com/i.test(url.hostname)) {
    reading.fields.push(['redirect URI', raw]);
    reading.redirectUri ??= raw;
  } else {
    reading.fields.push(['URL', raw]);
  }
}

function readBody(reading: Reading, text: string): void {
  const status = statusIn(text);
  if (status !== undefined) reading.fields.push(['HTTP status', String(status)]);
  const json = jsonIn(text);
  if (json) {
    reading.fields.push(['JSON body', json.raw.length > 200 ? `${json.raw.slice(0, 200)}…` : json.raw]);
    const error = errorFromBody(json.raw, status ?? (Array.isArray(json.value) ? 401 : 400));
    if (error) reading.wire ??= error;
    else if (isRecord(json.value) && typeof json.value.access_token === 'string' && !('refresh_token' in json.value)) {
      reading.wire ??= { shape: 'absent', status: status ?? 200, field: 'refresh_token' };
    }
    if (isRecord(json.value) && typeof json.value.scope === 'string') reading.fields.push(['scope granted', json.value.scope]);
    return;
  }
  const form = /(?:^|\s)(error=[^\s]+)/.exec(text);
  if (form?.[1] && !/https?:\/\//.test(form[1])) {
    const error = errorFromBody(form[1], status ?? 400);
    if (error) {
      reading.fields.push(['form-encoded body', form[1]]);
      reading.wire ??= error;
    }
  }
}

export function readInput(text: string): Reading {
  const reading: Reading = { fields: [] };
  const urls = text.match(URL_PATTERN) ?? [];
  // An error in a body or a page outranks a URL that is only context (an authorization URL).
  const withoutUrls = urls.reduce((rest, url) => rest.replace(url, ' '), text);
  readBody(reading, withoutUrls);
  readGrantType(reading, text);
  for (const url of urls) readUrl(reading, url.replace(/[).,;]+$/, ''));
  for (const [pattern, error] of PAGE_HEADLINES) {
    if (!reading.wire && pattern.test(text)) {
      reading.fields.push(['page headline', pattern.source]);
      reading.wire = error;
    }
  }
  return reading;
}
