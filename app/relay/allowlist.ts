/**
 * Which hosts the relay may reach: Salesforce's own, matched on the parsed URL's host name (never on a
 * string prefix of the URL), over HTTPS on the default port, never an IP literal or localhost.
 */

export interface HostAllowlist {
  /** Host names allowed as they are. */
  exact: readonly string[];
  /** Host names allowed with at least one label in front, e.g. `.my.salesforce.com`. */
  suffixes: readonly string[];
}

/** Salesforce's login hosts, My Domains (production and sandbox), Experience Cloud sites and force.com. */
export const SALESFORCE_HOSTS: HostAllowlist = {
  exact: ['login.salesforce.com', 'test.salesforce.com', 'api.salesforce.com'],
  suffixes: ['.my.salesforce.com', '.my.site.com', '.force.com', '.my.salesforce-sites.com'],
};

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: string };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function allowedHost(host: string, allowlist: HostAllowlist): boolean {
  if (!host.split('.').every((label) => LABEL.test(label))) return false;
  if (allowlist.exact.includes(host)) return true;
  return allowlist.suffixes.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}

/** Whether the relay may send a request to `text`, and why not. */
export function checkTarget(text: string, allowlist: HostAllowlist): TargetCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `Not an absolute URL: ${JSON.stringify(text.slice(0, 200))}.` };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `Only https URLs are relayed, not ${url.protocol.replace(':', '')}.` };
  if (url.username || url.password) {
    return { ok: false, reason: 'A URL with a user name or password before the host (user@host) is not relayed.' };
  }
  if (url.port !== '') return { ok: false, reason: `Only the default HTTPS port is relayed, not port ${url.port}.` };
  // The URL parser turns every IPv4 spelling (decimal, hex, octal, short forms) into dotted quads.
  const host = url.hostname;
  if (host.startsWith('[') || IPV4.test(host)) return { ok: false, reason: `An IP address (${host}) is not relayed: use the org's Salesforce host name.` };
  if (host === 'localhost' || host.endsWith('.localhost')) return { ok: false, reason: 'localhost is not relayed.' };
  if (!allowedHost(host, allowlist)) {
    return {
      ok: false,
      reason: `${host} is not a Salesforce host. The relay reaches login.salesforce.com, test.salesforce.com, My Domains (*.my.salesforce.com), Experience Cloud sites (*.my.site.com) and *.force.com.`,
    };
  }
  return { ok: true, url };
}
