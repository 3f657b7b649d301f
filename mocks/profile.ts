/** What the org says about a user: the identity URL document, UserInfo, and id_token profile claims. */
import { identityUrl } from './directory';
import { toId18 } from './ids';
import type { Site } from './site';
import type { OrgState, User } from './state';

/** Seeded users were last modified at this fixed instant, so responses are stable. */
const LAST_MODIFIED = '2024-01-15T09:30:00Z';

/** Salesforce puts a literal `{version}` placeholder in these URLs for the client to fill in. */
function userUrls(state: OrgState, site: Site, user: User): Record<string, string> {
  const instance = site.instanceUrl;
  const org18 = toId18(state.org.id15);
  const data = `${instance}/services/data/v{version}`;
  return {
    enterprise: `${instance}/services/Soap/c/{version}/${org18}`,
    metadata: `${instance}/services/Soap/m/{version}/${org18}`,
    partner: `${instance}/services/Soap/u/{version}/${org18}`,
    rest: `${data}/`,
    sobjects: `${data}/sobjects/`,
    search: `${data}/search/`,
    query: `${data}/query/`,
    recent: `${data}/recent/`,
    tooling_soap: `${instance}/services/Soap/T/{version}/${org18}`,
    tooling_rest: `${data}/tooling/`,
    profile: `${instance}/${toId18(user.id15)}`,
    feeds: `${data}/chatter/feeds`,
    groups: `${data}/chatter/groups`,
    users: `${data}/chatter/users`,
    feed_items: `${data}/chatter/feed-items`,
    feed_elements: `${data}/chatter/feed-elements`,
    custom_domain: instance,
  };
}

function photos(site: Site): { picture: string; thumbnail: string } {
  return { picture: `${site.instanceUrl}/profilephoto/005/F`, thumbnail: `${site.instanceUrl}/profilephoto/005/T` };
}

/** GET /services/oauth2/userinfo (reference section 16), fields in Salesforce's order. */
export function userInfo(state: OrgState, site: Site, user: User): Record<string, unknown> {
  const pictures = photos(site);
  return {
    sub: identityUrl(state, site, user),
    user_id: toId18(user.id15),
    organization_id: toId18(state.org.id15),
    preferred_username: user.username,
    nickname: user.username.split('@')[0],
    name: `${user.firstName} ${user.lastName}`,
    email: user.email,
    email_verified: true,
    given_name: user.firstName,
    family_name: user.lastName,
    zoneinfo: user.timezone,
    photos: pictures,
    profile: `${site.instanceUrl}/${toId18(user.id15)}`,
    picture: pictures.picture,
    address: { country: user.country },
    is_salesforce_integration_user: false,
    urls: userUrls(state, site, user),
    active: true,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: 0,
    updated_at: LAST_MODIFIED,
    is_app_installed: true,
  };
}

/** GET /id/{org}/{user} (reference section 17), fields in Salesforce's order. */
export function identityDocument(state: OrgState, site: Site, user: User): Record<string, unknown> {
  return {
    id: identityUrl(state, site, user),
    asserted_user: true,
    user_id: toId18(user.id15),
    organization_id: toId18(state.org.id15),
    username: user.username,
    nick_name: user.username.split('@')[0],
    display_name: `${user.firstName} ${user.lastName}`,
    email: user.email,
    email_verified: true,
    first_name: user.firstName,
    last_name: user.lastName,
    timezone: user.timezone,
    photos: photos(site),
    addr_street: null,
    addr_city: null,
    addr_state: null,
    addr_country: user.country,
    addr_zip: null,
    mobile_phone: null,
    mobile_phone_verified: false,
    is_lightning_login_user: false,
    status: { created_date: null, body: null },
    urls: userUrls(state, site, user),
    active: true,
    user_type: 'STANDARD',
    language: user.language,
    locale: user.locale,
    utcOffset: 0,
    last_modified_date: LAST_MODIFIED,
    is_app_installed: true,
  };
}

const CLAIMS_BY_SCOPE = new Map<string, readonly string[]>([
  ['profile', ['name', 'given_name', 'family_name', 'preferred_username', 'nickname', 'picture', 'profile', 'zoneinfo', 'locale', 'updated_at']],
  ['email', ['email', 'email_verified']],
  ['address', ['address']],
]);

/** The UserInfo claims an id_token carries for the granted scopes. */
export function profileClaims(state: OrgState, site: Site, user: User, scopes: readonly string[]): Record<string, unknown> {
  const info = userInfo(state, site, user);
  const names = scopes.flatMap((scope) => CLAIMS_BY_SCOPE.get(scope) ?? []);
  return Object.fromEntries(names.map((name) => [name, info[name]]));
}
