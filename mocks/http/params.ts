/**
 * Request parameters as Salesforce reads them: the query string merged with a form or multipart body.
 * Parsing never throws anything but InvalidRequestError, whatever the client sends.
 */
import { InvalidRequestError } from '../errors';
import { bodyBytes, type MockRequest } from './mock-request';

export const MAX_BODY_BYTES = 64 * 1024;

type Pair = readonly [string, string];

export class Params {
  constructor(private readonly pairs: readonly Pair[]) {}

  /** The parameter's value; an empty value counts as absent. A repeated parameter is invalid_request. */
  get(name: string): string | undefined {
    const values = this.pairs.filter(([n]) => n === name);
    if (values.length > 1) throw new InvalidRequestError(`duplicate parameter: ${name}`);
    return values[0]?.[1] || undefined;
  }

  /** The first value, ignoring repeats: how a page reads its form, like a browser-facing server would. */
  first(name: string): string | undefined {
    return this.pairs.find(([n]) => n === name)?.[1] || undefined;
  }
}

export function queryParams(url: string): Params {
  return new Params([...new URL(url).searchParams]);
}

function tooLarge(): InvalidRequestError {
  return new InvalidRequestError(`request body exceeds ${MAX_BODY_BYTES} bytes`);
}

async function readCapped(request: MockRequest): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) throw tooLarge();
  const known = bodyBytes(request);
  if (known) {
    if (known.byteLength > MAX_BODY_BYTES) throw tooLarge();
    return known;
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Not awaited: MSW reads a tee of the body, and cancelling one branch settles only when the other is cancelled too.
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, c) => (bytes.set(c, offset), offset + c.byteLength), 0);
  return bytes;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidRequestError('request body is not valid UTF-8');
  }
}

async function multipartPairs(bytes: Uint8Array, contentType: string): Promise<Pair[]> {
  const form = await new Response(bytes as BodyInit, { headers: { 'content-type': contentType } }).formData();
  return [...form].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as const] : []));
}

/** The body as text, for JSON endpoints; the same size cap and UTF-8 rule as forms. */
export async function requestText(request: MockRequest): Promise<string> {
  return decodeUtf8(await readCapped(request));
}

/** Body parameters: form-encoded (also when no Content-Type is given) or multipart; other bodies carry none. */
async function bodyPairs(request: MockRequest): Promise<Pair[]> {
  const contentType = (request.headers.get('content-type') ?? '').toLowerCase();
  const bytes = await readCapped(request);
  if (bytes.byteLength === 0) return [];
  if (contentType === '' || contentType.startsWith('application/x-www-form-urlencoded')) {
    return [...new URLSearchParams(decodeUtf8(bytes))];
  }
  if (contentType.startsWith('multipart/form-data')) return multipartPairs(bytes, contentType);
  return [];
}

/** Query and body parameters together (Salesforce accepts token parameters in a POST's query string). */
export async function requestParams(request: MockRequest): Promise<Params> {
  try {
    return new Params([...new URL(request.url).searchParams, ...(await bodyPairs(request))]);
  } catch (error) {
    if (error instanceof InvalidRequestError) throw error;
    throw new InvalidRequestError('request body could not be parsed');
  }
}
