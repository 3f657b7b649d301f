/**
 * The redirect_uri sent against each callback URL registered on the app: Salesforce compares them as
 * strings, so every difference counts. Each comparison names its differences and diffs the characters.
 */
import type { RedirectDifferenceKind } from '../types';
import { charDiff, type DiffRun } from './char-diff';

export interface RedirectComparison {
  registered: string;
  /** Empty when the two are identical. */
  differences: Exclude<RedirectDifferenceKind, 'none'>[];
  runs: DiffRun[];
}

interface UrlParts {
  scheme: string;
  host: string;
  port: string;
  path: string;
  query: string;
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/** The parts as written (no normalisation: case and encoding must survive). */
function partsOf(url: string): UrlParts | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/?#:]*)(?::(\d*))?([^?#]*)(\?[^#]*)?(?:#.*)?$/i.exec(url.trim());
  if (!match) return undefined;
  const [, scheme = '', host = '', port = '', path = '', query = ''] = match;
  return { scheme, host, port, path, query };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function effectivePort(parts: UrlParts): string {
  return parts.port || DEFAULT_PORTS[parts.scheme.toLowerCase()] || '';
}

function pathDifference(sent: string, registered: string): RedirectComparison['differences'] {
  if (sent === registered) return [];
  const trim = (path: string) => path.replace(/\/+$/, '');
  if (trim(sent) === trim(registered)) return ['trailing-slash'];
  if (sent.toLowerCase() === registered.toLowerCase()) return ['case'];
  if (safeDecode(sent) === safeDecode(registered)) return ['encoding'];
  if (trim(sent).toLowerCase() === trim(registered).toLowerCase()) return ['case', 'trailing-slash'];
  return ['path'];
}

function hostDifference(sent: UrlParts, registered: UrlParts): RedirectComparison['differences'] {
  if (sent.host === registered.host) return [];
  const [a, b] = [sent.host.toLowerCase(), registered.host.toLowerCase()];
  if (a === b) return ['case'];
  if (LOOPBACK.includes(a) && LOOPBACK.includes(b)) return ['loopback'];
  return ['host'];
}

/** What differs between a redirect_uri sent and a registered callback URL, in the order a URL is read. */
export function redirectDifferences(sent: string, registered: string): RedirectComparison['differences'] {
  if (sent === registered) return [];
  // Encoded once or more: the whole URL arrives as one encoded string.
  if (/^[a-z][a-z0-9+.-]*%(25)*3A%(25)*2F/i.test(sent)) return ['encoding'];
  const a = partsOf(sent);
  const b = partsOf(registered);
  if (!a || !b) return ['path'];
  const differences: RedirectComparison['differences'] = [];
  if (a.scheme.toLowerCase() !== b.scheme.toLowerCase()) differences.push('scheme');
  else if (a.scheme !== b.scheme) differences.push('case');
  differences.push(...hostDifference(a, b));
  if (effectivePort(a) !== effectivePort(b) || (a.port !== b.port && differences.includes('scheme'))) differences.push('port');
  differences.push(...pathDifference(a.path, b.path));
  if (a.query !== b.query) differences.push(safeDecode(a.query) === safeDecode(b.query) ? 'encoding' : 'query');
  return [...new Set(differences)];
}

/** Every registered URL compared with the one sent, closest first (fewest differences, then fewest characters changed). */
export function compareRedirectUris(sent: string, registered: readonly string[]): RedirectComparison[] {
  const changed = (runs: DiffRun[]) => runs.filter((r) => r.op !== 'same').reduce((n, r) => n + r.text.length, 0);
  return registered
    .map((url) => ({ registered: url, differences: redirectDifferences(sent, url), runs: charDiff(sent, url) }))
    .sort((x, y) => x.differences.length - y.differences.length || changed(x.runs) - changed(y.runs));
}

export const DIFFERENCE_LABELS: Record<Exclude<RedirectDifferenceKind, 'none'>, string> = {
  scheme: 'scheme (http versus https)',
  host: 'host',
  loopback: 'host (localhost versus 127.0.0.1: the same machine, different strings)',
  port: 'port',
  path: 'path',
  'trailing-slash': 'trailing slash',
  case: 'upper and lower case',
  encoding: 'URL encoding',
  query: 'query string',
};
