/**
 * JWTs for teaching: decode the three parts, verify a Salesforce ID token check by check (each with
 * an explanation, not just pass/fail), and tamper with a token to show the signature failing.
 */
import { base64url, compactVerify, decodeJwt as decodePayload, decodeProtectedHeader, importJWK, type JWK } from 'jose';

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** The three base64url parts as they appear in the token. */
  parts: { header: string; payload: string; signature: string };
}

export type JwtCheckId = 'format' | 'alg' | 'kid' | 'signature' | 'iss' | 'aud' | 'exp' | 'iat' | 'nonce' | 'at_hash';

export interface JwtCheck {
  id: JwtCheckId;
  ok: boolean;
  detail: string;
  /** On the kid and signature checks: the key they looked up or used. */
  kid?: string;
}

export interface IdTokenExpectations {
  /** The login host the client used, e.g. https://login.salesforce.com. */
  issuer: string;
  /** The consumer key. */
  audience: string;
  /** The nonce sent in the authorization request, when one was sent. */
  nonce?: string;
  /** The access token issued with the ID token, to check at_hash. */
  accessToken?: string;
  /** Seconds since the epoch. */
  now: number;
}

export interface Jwks {
  keys: JWK[];
}

/** Tolerated clock difference between Salesforce and the client for iat, in seconds. */
const CLOCK_SKEW_SECONDS = 300;

/** Throws when the token is not three base64url parts holding JSON. */
export function decodeJwt(token: string): DecodedJwt {
  const [header = '', payload = '', signature = '', ...rest] = token.split('.');
  if (rest.length > 0 || !signature) throw new Error('A JWT has exactly three parts separated by dots.');
  return { header: decodeProtectedHeader(token), payload: decodePayload(token), parts: { header, payload, signature } };
}

/** An ISO date and a relative time ("in 2 minutes", "5 hours ago") for a time claim. */
/** One formatter for every relative time: making one loads locale data, which costs tens of milliseconds. */
let relativeTimeFormat: Intl.RelativeTimeFormat | undefined;

export function describeTime(seconds: number, now: number): { iso: string; relative: string } {
  const delta = seconds - now;
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [['day', 86400], ['hour', 3600], ['minute', 60]];
  const [unit, size] = units.find(([, s]) => Math.abs(delta) >= s) ?? ['second', 1];
  relativeTimeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const relative = relativeTimeFormat.format(Math.round(delta / size), unit);
  return { iso: new Date(seconds * 1000).toISOString(), relative };
}

function when(seconds: number, now: number): string {
  const { iso, relative } = describeTime(seconds, now);
  return `${iso} (${relative})`;
}

function check(id: JwtCheckId, ok: boolean, detail: string, kid?: string): JwtCheck {
  return kid === undefined ? { id, ok, detail } : { id, ok, detail, kid };
}

function algCheck(header: Record<string, unknown>): JwtCheck {
  return header.alg === 'RS256'
    ? check('alg', true, 'RS256, the only algorithm Salesforce signs ID tokens with.')
    : check('alg', false, `alg is ${String(header.alg)}; only RS256 is accepted, so the header cannot choose a weaker check.`);
}

function kidCheck(header: Record<string, unknown>, jwks: Jwks, jwk: JWK | undefined): JwtCheck {
  const kid = String(header.kid);
  return jwk
    ? check('kid', true, `kid ${kid} is one of the ${jwks.keys.length} keys published at /id/keys.`, kid)
    : check('kid', false, `kid ${kid} is not among the keys published at /id/keys.`, kid);
}

async function signatureCheck(token: string, jwk: JWK): Promise<JwtCheck> {
  try {
    await compactVerify(token, await importJWK(jwk, 'RS256'));
    return check('signature', true, `The RSA signature over header.payload verifies with key ${jwk.kid}: the token is exactly as Salesforce signed it.`, jwk.kid);
  } catch {
    return check('signature', false, `The signature does not verify with key ${jwk.kid}: header or payload were changed after signing, or another key signed it.`, jwk.kid);
  }
}

async function signatureChecks(token: string, header: Record<string, unknown>, jwks: Jwks): Promise<JwtCheck[]> {
  const jwk = jwks.keys.find((k) => k.kid !== undefined && k.kid === header.kid);
  const checks = [algCheck(header), kidCheck(header, jwks, jwk)];
  if (!jwk || header.alg !== 'RS256') return [...checks, check('signature', false, 'Not checked: no RS256 key to check it with.')];
  return [...checks, await signatureCheck(token, jwk)];
}

function issuerCheck(payload: Record<string, unknown>, issuer: string): JwtCheck {
  return payload.iss === issuer
    ? check('iss', true, `iss is ${issuer}, the host this client sent the user to.`)
    : check('iss', false, `iss is ${String(payload.iss)}, expected ${issuer}.`);
}

function audienceCheck(payload: Record<string, unknown>, audience: string): JwtCheck {
  const aud = payload.aud;
  const ok = aud === audience || (Array.isArray(aud) && aud.includes(audience));
  return ok
    ? check('aud', true, "aud is this app's consumer key: the token was issued to this client.")
    : check('aud', false, `aud is ${JSON.stringify(aud)}, not this app's consumer key ${audience}: the token was issued to another client.`);
}

function expCheck(exp: unknown, now: number): JwtCheck {
  if (typeof exp !== 'number') return check('exp', false, 'exp is missing; an ID token must say when it expires.');
  return check('exp', now < exp, `${now < exp ? 'Expires' : 'Expired'} ${when(exp, now)}.`);
}

function iatCheck(iat: unknown, now: number): JwtCheck {
  if (typeof iat !== 'number') return check('iat', false, 'iat is missing; an ID token must say when it was issued.');
  const ok = iat <= now + CLOCK_SKEW_SECONDS;
  return check('iat', ok, `Issued ${when(iat, now)}${ok ? '' : ', in the future beyond the allowed clock skew'}.`);
}

function nonceCheck(payload: Record<string, unknown>, nonce: string | undefined): JwtCheck {
  if (nonce === undefined) return check('nonce', true, 'No nonce was sent, so none is expected.');
  return payload.nonce === nonce
    ? check('nonce', true, 'nonce equals the one sent in the authorization request: this token answers that request.')
    : check('nonce', false, `nonce is ${JSON.stringify(payload.nonce)}, but ${nonce} was sent: the token may be replayed from another login.`);
}

async function atHashCheck(payload: Record<string, unknown>, accessToken: string | undefined): Promise<JwtCheck> {
  if (payload.at_hash === undefined) return check('at_hash', true, 'No at_hash; it is optional in the code flow.');
  if (accessToken === undefined) return check('at_hash', true, 'at_hash present, but no access token came with this ID token to compare.');
  const expected = await accessTokenHash(accessToken);
  return payload.at_hash === expected
    ? check('at_hash', true, `at_hash ${expected} is the left half of SHA-256 of the access token: both were issued together.`)
    : check('at_hash', false, `at_hash is ${String(payload.at_hash)}, but the access token hashes to ${expected}.`);
}

/** OIDC at_hash for RS256: base64url of the left half of SHA-256 of the access token's ASCII bytes. */
export async function accessTokenHash(accessToken: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)));
  return base64url.encode(digest.slice(0, digest.length / 2));
}

/** Every check an OIDC client makes on a Salesforce ID token; never throws. */
export async function verifyIdToken(token: string, jwks: Jwks, expected: IdTokenExpectations): Promise<JwtCheck[]> {
  let decoded: DecodedJwt;
  try {
    decoded = decodeJwt(token);
  } catch (cause) {
    return [check('format', false, `Not a JWT: ${cause instanceof Error ? cause.message : String(cause)}`)];
  }
  const { header, payload } = decoded;
  return [
    ...(await signatureChecks(token, header, jwks)),
    issuerCheck(payload, expected.issuer),
    audienceCheck(payload, expected.audience),
    expCheck(payload.exp, expected.now),
    iatCheck(payload.iat, expected.now),
    nonceCheck(payload, expected.nonce),
    await atHashCheck(payload, expected.accessToken),
  ];
}

/** The token with some payload claims changed and the original signature kept: what an attacker would try. */
export function tamperJwt(token: string, changes: Record<string, unknown>): string {
  const { payload, parts } = decodeJwt(token);
  const altered = base64url.encode(JSON.stringify({ ...payload, ...changes }));
  return `${parts.header}.${altered}.${parts.signature}`;
}
