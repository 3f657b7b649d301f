/** Every endpoint of the mock org, as MSW handlers. */
import type { HttpHandler } from 'msw';
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
import { tokenHandlers } from './token';
import { userInfoHandlers } from './userinfo';

export function createHandlers(org: OrgRuntime): HttpHandler[] {
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
