/** The token endpoint's grants, by grant_type, with the app flow each needs. */
import { assertionIssuer } from '../checks/assertion';
import { requireMyDomain } from '../checks/my-domain';
import type { OAuthError } from '../errors';
import type { Params } from '../http/params';
import type { Site } from '../site';
import type { FlowsEnabled, OrgSettings } from '../state';
import { authorizationCodeGrant } from './authorization-code';
import { clientCredentialsDisabled, clientCredentialsGrant } from './client-credentials';
import type { Grant } from './context';
import { deviceGrant } from './device';
import { JWT_BEARER_GRANT_TYPE, jwtBearerGrant } from './jwt-bearer';
import { passwordGrant } from './password';
import { refreshTokenGrant } from './refresh-token';

export interface GrantEntry {
  flow: keyof FlowsEnabled;
  run: Grant;
  /** Checked before the client is looked up: a grant served on some hosts only. */
  checkSite?: (site: Site) => void;
  /** The error when the app has the flow off; `unsupported_grant_type` unless given. */
  disabled?: (settings: OrgSettings) => OAuthError;
  /** Where the grant names its client, when not in client_id or a Basic header (JWT bearer: the assertion's iss). */
  clientId?: (params: Params) => string | undefined;
}

export const GRANTS = new Map<string, GrantEntry>([
  ['authorization_code', { flow: 'authorizationCode', run: authorizationCodeGrant }],
  ['refresh_token', { flow: 'refreshToken', run: refreshTokenGrant }],
  ['client_credentials', { flow: 'clientCredentials', run: clientCredentialsGrant, checkSite: requireMyDomain, disabled: clientCredentialsDisabled }],
  ['password', { flow: 'usernamePassword', run: passwordGrant }],
  ['device', { flow: 'device', run: deviceGrant }],
  [JWT_BEARER_GRANT_TYPE, { flow: 'jwtBearer', run: jwtBearerGrant, clientId: assertionIssuer }],
]);
