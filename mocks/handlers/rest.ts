/**
 * The REST API: the version list (no auth), a version's resources, SOQL queries on canned Accounts, the
 * org's limits and the Account sObject. Only what is served is listed.
 */
import { findUserById, identityUrl } from '../directory';
import { queryParams } from '../http/params';
import { jsonResponse, notFoundResponse, restErrorResponse } from '../http/responses';
import { MalformedQueryError, queryAccounts } from '../rest/accounts';
import { orgLimits } from '../rest/limits';
import { limitInfoHeader, restSession } from '../rest/session';
import { accountBasicInfo, accountRecord, describeAccount, describeGlobal, isAccount } from '../rest/sobjects';
import { servedVersion, versionList } from '../rest/versions';
import type { AccessToken, OrgRuntime } from '../state';
import { endpoint, type EndpointContext } from './endpoint';
import { MockResponse } from '../http/mock-response';

const RESOURCES = ['sobjects', 'query', 'limits'];

function listVersions({ org }: EndpointContext): MockResponse {
  return jsonResponse(versionList(org.state.settings.newestApiVersion));
}

type Answer = (access: AccessToken, version: string) => MockResponse | undefined;

/** Runs `next` for an authenticated call on a served version, adding the API usage header; undefined from `next` is a 404. */
function versioned(context: EndpointContext, next: Answer): MockResponse {
  const access = restSession(context.org, context.request);
  if (access instanceof MockResponse) return access;
  const version = servedVersion(context.path.version, context.org.state.settings.newestApiVersion);
  const response = (version === undefined ? undefined : next(access, version)) ?? notFoundResponse();
  response.headers.set(...limitInfoHeader(context.org.state));
  return response;
}

function listResources(context: EndpointContext): MockResponse {
  const { org, site } = context;
  return versioned(context, (access, version) => {
    const root = `/services/data/${version}`;
    const user = findUserById(org.state, access.userId);
    const resources = Object.fromEntries(RESOURCES.map((name) => [name, `${root}/${name}`]));
    return jsonResponse(user ? { ...resources, identity: identityUrl(org.state, site, user) } : resources);
  });
}

function query(context: EndpointContext): MockResponse {
  return versioned(context, (_access, version) => {
    try {
      return jsonResponse(queryAccounts(queryParams(context.request.url).first('q'), version));
    } catch (error) {
      if (error instanceof MalformedQueryError) return restErrorResponse(400, 'MALFORMED_QUERY', error.message);
      throw error;
    }
  });
}

const limits = (context: EndpointContext) => versioned(context, () => jsonResponse(orgLimits(context.org.state)));

const sobjects = (context: EndpointContext) => versioned(context, (_access, version) => jsonResponse(describeGlobal(version)));

function sobject(context: EndpointContext): MockResponse {
  const { name, id } = context.path;
  return versioned(context, (_access, version) => {
    if (!isAccount(name)) return undefined;
    if (id === 'describe') return jsonResponse(describeAccount(version));
    if (id === undefined) return jsonResponse(accountBasicInfo(version));
    const record = accountRecord(version, id);
    return record && jsonResponse(record);
  });
}

export const restHandlers = (org: OrgRuntime) => [
  endpoint('get', '/services/data', org, listVersions),
  endpoint('get', '/services/data/:version', org, listResources),
  endpoint('get', '/services/data/:version/query', org, query),
  endpoint('get', '/services/data/:version/limits', org, limits),
  endpoint('get', '/services/data/:version/sobjects', org, sobjects),
  endpoint('get', '/services/data/:version/sobjects/:name', org, sobject),
  endpoint('get', '/services/data/:version/sobjects/:name/:id', org, sobject),
];
