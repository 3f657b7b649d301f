import type { OAuthError } from '../errors';
import type { ConnectedApp, FlowsEnabled } from '../state';

/** A flow switched off on the app fails with the error the endpoint uses for an unknown flow. */
export function requireFlowEnabled(app: ConnectedApp, flow: keyof FlowsEnabled, disabled: () => OAuthError): void {
  if (!app.flows[flow]) throw disabled();
}
