/**
 * /services/oauth2/revoke (reference section 14): POST form or GET `?token=`; 200 with an empty body,
 * or 400 `invalid_token` (unknown, expired or already revoked) or `unsupported_token_type` (a JWT such
 * as an id_token: not an access or refresh token). With `callback`, a JSONP script either way. The
 * descriptions are org settings: Salesforce documents the codes, not their texts.
 */
import { InvalidRequestError, InvalidTokenError, OAuthError, UnsupportedTokenTypeError } from '../errors';
import { oauthErrorResponse } from '../http/oauth-format';
import { requestParams } from '../http/params';
import { respond } from '../http/responses';
import type { OrgRuntime } from '../state';
import { revokeToken } from '../tokens/store';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

/** A JavaScript function name, dotted paths allowed; anything else is not echoed into a script. */
const CALLBACK_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** header.payload.signature, the header starting `{"` (base64url `eyJ`): an id_token or another JWT. */
const JWT_SHAPE = /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/;

function jsonp(callback: string, error: OAuthError | undefined): MockResponse {
  const argument = error ? JSON.stringify({ error: error.error }) : '{}';
  return respond(`${callback}(${argument});`, 200, 'application/javascript;charset=UTF-8');
}

async function revoke({ org, request }: EndpointContext): Promise<MockResponse> {
  const params = await attempt(() => requestParams(request));
  if (params instanceof OAuthError) return oauthErrorResponse(params, 'json');
  const outcome = await attempt(() => {
    const token = params.get('token');
    if (token === undefined) throw new InvalidRequestError('token is missing');
    const { settings } = org.state;
    if (JWT_SHAPE.test(token)) throw new UnsupportedTokenTypeError(settings.revokeUnsupportedTokenTypeDescription);
    if (!revokeToken(org, token)) throw new InvalidTokenError(settings.revokeInvalidTokenDescription);
  });
  const error = outcome instanceof OAuthError ? outcome : undefined;
  const callback = params.first('callback');
  if (callback !== undefined && CALLBACK_NAME.test(callback)) return jsonp(callback, error);
  return error ? oauthErrorResponse(error, 'json') : respond(null, 200);
}

export const revokeHandlers = (org: OrgRuntime) => [
  endpoint('post', '/services/oauth2/revoke', org, revoke),
  endpoint('get', '/services/oauth2/revoke', org, revoke),
];
