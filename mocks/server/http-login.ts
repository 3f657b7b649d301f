/**
 * A person at the mock's login and consent pages over real HTTP: the authorize URL in, the callback URL
 * out. The same hops as `logIn` and `decide` in ../test-helpers.ts, sent with fetch and read from the
 * pages as served (the forms' actions included); redirects are not followed, so the last one is read.
 */
import { DEMO } from '../demo';
import { ADA, formPost, inputValue, location } from '../test-helpers';

/** The action of the form with this id, as the page writes it (absolute on the mock; resolved anyway). */
function formAction(html: string, formId: string, pageUrl: string): string {
  const match = new RegExp(`<form method="post" action="([^"]*)" id="${formId}">`).exec(html);
  if (!match?.[1]) throw new Error(`no form ${formId}`);
  return new URL(match[1].replace(/&amp;/g, '&'), pageUrl).href;
}

async function page(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

async function next(request: Request | string): Promise<string> {
  const response = await fetch(request, { redirect: 'manual' });
  return new URL(location(response), typeof request === 'string' ? request : request.url).href;
}

/** Authorize, log in, and Allow if asked: the URL of the redirect to the callback (not fetched). */
export async function browseToCallback(authorizeUrl: string, user: { username: string; password: string } = ADA): Promise<URL> {
  const loginUrl = await next(authorizeUrl);
  const login = await page(loginUrl);
  const fields = { startURL: inputValue(login, 'startURL'), username: user.username, pw: user.password };
  const afterLogin = await next(formPost(formAction(login, 'login_form', loginUrl), fields));
  if (afterLogin.startsWith(DEMO.callbackUrl)) return new URL(afterLogin);
  const consent = await page(afterLogin);
  const decision = { source: inputValue(consent, 'source'), decision: 'allow' };
  return new URL(await next(formPost(formAction(consent, 'consent_form', afterLogin), decision)));
}
