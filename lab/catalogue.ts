/** Every scenario of the error lab, by family. A new scenario is one entry in its family's file. */
import { ACCESS_SCENARIOS } from './scenarios/access-policy';
import { CODE_SCENARIOS } from './scenarios/authorization-code';
import { CLIENT_AUTH_SCENARIOS } from './scenarios/client-auth';
import { CLIENT_CREDENTIALS_SCENARIOS } from './scenarios/client-credentials';
import { JWT_BEARER_SCENARIOS } from './scenarios/jwt-bearer';
import { LOGIN_HOST_SCENARIOS } from './scenarios/login-host';
import { PKCE_SCENARIOS } from './scenarios/pkce';
import { REDIRECT_URI_SCENARIOS } from './scenarios/redirect-uri';
import { REFRESH_SCENARIOS } from './scenarios/refresh-token';
import { SCOPE_SCENARIOS } from './scenarios/scopes';
import { SESSION_SCENARIOS } from './scenarios/session';
import type { FamilyId, Scenario } from './types';

export const SCENARIOS: readonly Scenario[] = [
  ...REDIRECT_URI_SCENARIOS,
  ...LOGIN_HOST_SCENARIOS,
  ...CLIENT_AUTH_SCENARIOS,
  ...SCOPE_SCENARIOS,
  ...PKCE_SCENARIOS,
  ...CODE_SCENARIOS,
  ...REFRESH_SCENARIOS,
  ...ACCESS_SCENARIOS,
  ...CLIENT_CREDENTIALS_SCENARIOS,
  ...JWT_BEARER_SCENARIOS,
  ...SESSION_SCENARIOS,
];

export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}

export function scenariosOf(family: FamilyId): Scenario[] {
  return SCENARIOS.filter((scenario) => scenario.family === family);
}
