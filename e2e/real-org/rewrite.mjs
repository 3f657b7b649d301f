/** Test only: the mock over HTTP standing in for a real org's host (shared by the server preload and the popup's routes). */

/** The hosts the e2e sends to the mock: the demo org's login hosts and My Domain. */
export const SALESFORCE_STANDIN = /^(login\.salesforce\.com|test\.salesforce\.com|acme\.my\.salesforce\.com)$/;

/** The answer with every URL of the mock (`mockBase`, also URL-encoded) turned into `origin`; lengths and encodings recomputed. */
export function rewriteMockAnswer(answer, mockBase, origin) {
  const swap = (text) => text.split(mockBase).join(origin).split(encodeURIComponent(mockBase)).join(encodeURIComponent(origin));
  const headers = answer.headers
    .filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name.toLowerCase()))
    .map(([name, value]) => [name, swap(value)]);
  return { ...answer, headers, body: swap(answer.body) };
}

/** Where on the mock over HTTP a Salesforce URL is served (its login page `/` is `/mock`, Next drops the trailing slash). */
export function mockUrlFor(url, mockBase) {
  return `${mockBase}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
}
