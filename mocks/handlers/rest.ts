/** The REST API: the version list (no auth), a version's resources, and SOQL queries on canned Accounts. */
import { findUserById, identityUrl } from '../directory';
import { queryParams } from '../http/params';
import { jsonResponse, notFoundResponse, restErrorResponse } from '../http/responses';
import { MalformedQueryError, queryAccounts } from '../rest/accounts';
import { limitInfoHeader, restSession } from '../rest/session';
import { servedVersion, versionList } from '../rest/versions';
import type { AccessToken, OrgRuntime } from '../state';
import { endpoint, type EndpointContext } from './endpoint';

function listVersions(): Response {
  return jsonResponse(versionList());
}

/** Runs `next` for an authenticated call on a served version, adding the API usage header. */
function versioned(context: EndpointContext, next: (access: AccessToken, version: string) => Response): Response {
  const access = restSession(context.org, context.request);
  if (access instanceof Response) return access;
  const version = servedVersion(context.path.version);
  if (version === undefined) return notFoundResponse();
  const response = next(access, version);
  response.headers.set(...limitInfoHeader(context.org.state));
  return response;
}

function listResources(context: EndpointContext): Response {
  const { org, site } = context;
  return versioned(context, (access, version) => {
    const root = `/services/data/${version}`;
    const user = findUserById(org.state, access.userId);
    const names = ['sobjects', 'query', 'queryAll', 'search', 'recent', 'limits', 'composite', 'tooling'];
    const resources = Object.fromEntries(names.map((name) => [name, `${root}/${name}`]));
    return jsonResponse(user ? { ...resources, identity: identityUrl(org.state, site, user) } : resources);
  });
}

function query(context: EndpointContext): Response {
  return versioned(context, (_access, version) => {
    try {
      return jsonResponse(queryAccounts(queryParams(context.request.url).first('q'), version));
    } catch (error) {
      if (error instanceof MalformedQueryError) return restErrorResponse(400, 'MALFORMED_QUERY', error.message);
      throw error;
    }
  });
}

export const restHandlers = (org: OrgRuntime) => [
  endpoint('get', '/services/data', org, listVersions),
  endpoint('get', '/services/data/:version', org, listResources),
  endpoint('get', '/services/data/:version/query', org, query),
];
