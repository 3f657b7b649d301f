/** Where a front-channel visit ended: the callback URL Salesforce sent the browser to, or why it did not get there. */
import { salesforcePageErrorFrom, validationError, type FlowError } from '../errors';
import { getHeader, type WireResponse } from '../http';
import { pageAlert } from '../html-form';

/** The redirect out of Salesforce (query and fragment kept), or the error of the page the browser stopped on. */
export function callbackFrom(stepId: string, response: WireResponse, url: string): { callbackUrl: string } | { error: FlowError } {
  const location = getHeader(response.headers, 'location');
  if (response.status >= 300 && response.status < 400 && location) return { callbackUrl: new URL(location, url).toString() };
  const pageError = salesforcePageErrorFrom(stepId, response, url);
  if (pageError) return { error: pageError };
  const alert = pageAlert(response.body);
  const stopped = `The browser stopped at ${url} (HTTP ${response.status}) without being sent back to the callback.`;
  return { error: validationError(stepId, 'unexpected_response', alert ? `${stopped} The page says: ${alert}` : stopped) };
}
