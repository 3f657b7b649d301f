import { ConfiguredError } from '../errors';
import type { OrgSettings } from '../state';

/**
 * "Allow OAuth User-Agent Flows" off: authorize refuses response_type token. Salesforce's answer is not
 * documented, so the code, the description and where it is shown are org settings.
 */
export function requireUserAgentAllowed(settings: OrgSettings): void {
  if (settings.allowUserAgentFlows) return;
  const mayRedirect = settings.userAgentBlockedShownOn === 'redirect';
  throw new ConfiguredError(settings.userAgentBlockedError, settings.userAgentBlockedDescription, { mayRedirect });
}
