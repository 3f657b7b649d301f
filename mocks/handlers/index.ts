/** Every endpoint of the mock org, as routes, in the order they are tried. */
import type { OrgRuntime } from '../state';
import { authorizeHandler } from './authorize';
import { consentHandlers } from './consent';
import { deviceVerificationHandlers } from './device-verification';
import { discoveryHandler } from './discovery';
import { errorPageHandler } from './error-page';
import { identityHandlers } from './identity';
import { introspectHandler } from './introspect';
import { keysHandlers } from './keys';
import { loginHandlers } from './login';
import { restHandlers } from './rest';
import { revokeHandlers } from './revoke';
import type { Route } from './route';
import { tokenHandlers } from './token';
import { userInfoHandlers } from './userinfo';

export function createRoutes(org: OrgRuntime): Route[] {
  return [
    authorizeHandler(org),
    ...tokenHandlers(org),
    ...revokeHandlers(org),
    introspectHandler(org),
    ...userInfoHandlers(org),
    ...keysHandlers(org),
    ...identityHandlers(org),
    discoveryHandler(org),
    ...restHandlers(org),
    ...consentHandlers(org),
    ...deviceVerificationHandlers(org),
    errorPageHandler(org),
    // Last: the "*/" pattern matches any URL ending in "/", and answers only for a site's root.
    ...loginHandlers(org),
  ];
}
