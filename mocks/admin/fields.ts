/**
 * Strict validators for admin patches. Each takes the value, the path to name in the message, and the
 * field's current value (for partial objects), and returns the new value or throws AdminPatchError.
 */
import { CertificateError, readCertificate } from '@/flows/x509';
import { SCOPE_DESCRIPTIONS } from '../scopes';
import type { RefreshTokenPolicy } from '../state';

export class AdminPatchError extends Error {}

export type FieldCheck = (value: unknown, path: string, current?: unknown) => unknown;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const bool: FieldCheck = (value, path) => {
  if (typeof value !== 'boolean') throw new AdminPatchError(`${path} must be true or false`);
  return value;
};

export const positiveInteger: FieldCheck = (value, path) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new AdminPatchError(`${path} must be a whole number of seconds greater than 0`);
  }
  return value;
};

export const nonNegativeInteger: FieldCheck = (value, path) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new AdminPatchError(`${path} must be a whole number of seconds, 0 or more`);
  }
  return value;
};

export const nonEmptyString: FieldCheck = (value, path) => {
  if (typeof value !== 'string' || value === '') throw new AdminPatchError(`${path} must be a non-empty string`);
  return value;
};

export function oneOf(...allowed: string[]): FieldCheck {
  return (value, path) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new AdminPatchError(`${path} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
    return value;
  };
}

/** An array whose items each pass `item` (named `path[i]` in messages). */
export function listOf(item: FieldCheck): FieldCheck {
  return (value, path) => {
    if (!Array.isArray(value)) throw new AdminPatchError(`${path} must be an array`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

export const absoluteUrl: FieldCheck = (value, path) => {
  if (typeof value !== 'string' || !URL.canParse(value)) throw new AdminPatchError(`${path} must be an absolute URL`);
  return value;
};

/** Schemes a browser runs or reads from the machine itself: Salesforce takes none of them as a URL to send people to. */
const REFUSED_SCHEMES = ['javascript:', 'data:', 'vbscript:', 'file:'];
const WEB_SCHEMES = ['http:', 'https:'];

/**
 * A URL the org sends browsers or clients to, as Salesforce takes it: absolute, exactly as written (no
 * spaces or control characters, which the URL parser would drop or trim), no fragment (RFC 6749 section
 * 3.1.2), and not a refused scheme. With `webOnly`, http or https; otherwise a custom scheme such as
 * `myapp://callback` or `com.acme.app:/oauth2callback`, which mobile apps register, is fine too.
 * Callback URLs and `apiInstanceUrl` both go through it.
 */
export function destinationUrl({ webOnly }: { webOnly: boolean }): FieldCheck {
  return (value, path) => {
    const url = absoluteUrl(value, path) as string;
    if (/[\s\p{Cc}]/u.test(url)) throw new AdminPatchError(`${path} must not contain spaces or control characters`);
    const { protocol } = new URL(url);
    if (REFUSED_SCHEMES.includes(protocol)) throw new AdminPatchError(`${path} may not use the ${protocol} scheme`);
    if (webOnly && !WEB_SCHEMES.includes(protocol)) throw new AdminPatchError(`${path} must be an http or https URL`);
    if (url.includes('#')) throw new AdminPatchError(`${path} must not have a fragment (#...)`);
    return url;
  };
}

/** A check that also takes '' for none. */
export function orNone(check: FieldCheck): FieldCheck {
  return (value, path, current) => (value === '' ? value : check(value, path, current));
}

export const knownScope: FieldCheck = (value, path) => {
  if (typeof value !== 'string' || !SCOPE_DESCRIPTIONS.has(value)) throw new AdminPatchError(`${path} is not a Salesforce scope`);
  return value;
};

export const refreshTokenPolicy: FieldCheck = (value, path): RefreshTokenPolicy => {
  if (!isPlainObject(value)) throw new AdminPatchError(`${path} must be an object with a "kind"`);
  const kind = oneOf('until-revoked', 'immediately-expire', 'expire-after', 'expire-if-unused')(value.kind, `${path}.kind`);
  const extra = Object.keys(value).filter((k) => k !== 'kind' && k !== 'seconds');
  if (extra.length > 0) throw new AdminPatchError(`${path}.${extra[0]} is not a field of a refresh token policy`);
  if (kind === 'expire-after' || kind === 'expire-if-unused') {
    return { kind, seconds: positiveInteger(value.seconds, `${path}.seconds`) as number };
  }
  if (value.seconds !== undefined) throw new AdminPatchError(`${path}.seconds is only allowed with expire-after or expire-if-unused`);
  return { kind: kind as 'until-revoked' | 'immediately-expire' };
};

/** A partial object of known boolean switches, merged into the current one. */
export function switches(names: readonly string[]): FieldCheck {
  return (value, path, current) => {
    if (!isPlainObject(value)) throw new AdminPatchError(`${path} must be an object`);
    const merged: Record<string, unknown> = { ...(isPlainObject(current) ? current : {}) };
    for (const [name, v] of Object.entries(value)) {
      if (!names.includes(name)) throw new AdminPatchError(`${path}.${name} is not a known field`);
      merged[name] = bool(v, `${path}.${name}`);
    }
    return merged;
  };
}

/** A PEM X.509 certificate with an RSA key (what "Use digital signatures" takes), or '' for none. */
export const pemCertificate: FieldCheck = (value, path) => {
  if (value === '') return value;
  if (typeof value !== 'string') throw new AdminPatchError(`${path} must be a PEM certificate or ""`);
  try {
    readCertificate(value);
  } catch (error) {
    if (error instanceof CertificateError) throw new AdminPatchError(`${path} is not a PEM X.509 certificate: ${error.message}`);
    throw error;
  }
  return value;
};
