/** The org as the admin API shows it (GET /_admin/org): JSON only, secrets included, since it is a demo org. */
import { toId18 } from '../ids';
import { myDomainUrl } from '../site';
import type { ConnectedApp, OrgSettings, OrgState } from '../state';

export interface AdminUserView {
  username: string;
  password: string;
  securityToken: string;
  name: string;
  userId: string;
  /** Consumer keys of the apps the user is pre-authorized for (admin approval). */
  preAuthorizedApps: string[];
  apiOnly: boolean;
}

export interface AdminOrgView {
  org: { id: string; name: string; myDomain: string; myDomainUrl: string };
  apps: ConnectedApp[];
  users: AdminUserView[];
  settings: OrgSettings;
  clock: { offsetSeconds: number; now: string };
}

export function adminView(state: OrgState, now: number): AdminOrgView {
  return {
    org: { id: toId18(state.org.id15), name: state.org.name, myDomain: state.org.myDomain, myDomainUrl: myDomainUrl(state) },
    apps: structuredClone(state.apps),
    users: state.users.map((user) => ({
      username: user.username,
      password: user.password,
      securityToken: user.securityToken,
      name: `${user.firstName} ${user.lastName}`,
      userId: toId18(user.id15),
      preAuthorizedApps: [...user.preAuthorizedApps],
      apiOnly: user.apiOnly,
    })),
    settings: { ...state.settings },
    clock: { offsetSeconds: state.clock.offsetMs / 1000, now: new Date(now).toISOString() },
  };
}
