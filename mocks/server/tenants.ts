/**
 * The orgs of the standalone server: one at `/mock`, and one per tenant at `/t/{name}`, made from the
 * same seed on first use, so that parallel test suites never share state. Tenants are capped in number
 * (the least recently used goes first) and dropped after a while unused.
 */
import { createMockOrg, type MockOrg, type OrgSeed } from '../index';

export interface TenantOptions {
  seed: OrgSeed;
  maxTenants: number;
  idleSeconds: number;
  now?: () => number;
}

interface Entry {
  org: Promise<MockOrg>;
  lastUsed: number;
}

export class Orgs {
  private readonly main: Promise<MockOrg>;
  private readonly tenants = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: TenantOptions) {
    this.main = createMockOrg(options.seed);
    this.now = options.now ?? Date.now;
  }

  /** The org mounted at `/mock` or `/t/{name}`. */
  forMount(mount: string): Promise<MockOrg> {
    return mount.startsWith('/t/') ? this.tenant(mount.slice(3)) : this.main;
  }

  get tenantCount(): number {
    return this.tenants.size;
  }

  private tenant(name: string): Promise<MockOrg> {
    const now = this.now();
    this.evictIdle(now);
    const existing = this.tenants.get(name);
    if (existing) {
      // Map order is use order: the first entry is the least recently used.
      this.tenants.delete(name);
      this.tenants.set(name, { ...existing, lastUsed: now });
      return existing.org;
    }
    if (this.tenants.size >= this.options.maxTenants) this.tenants.delete(this.tenants.keys().next().value ?? '');
    const org = createMockOrg(this.options.seed);
    this.tenants.set(name, { org, lastUsed: now });
    return org;
  }

  private evictIdle(now: number): void {
    const limit = now - this.options.idleSeconds * 1000;
    for (const [name, entry] of this.tenants) {
      if (entry.lastUsed >= limit) break;
      this.tenants.delete(name);
    }
  }
}
