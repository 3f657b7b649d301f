/** The Web Server flow's teaching panels, for either variant. */
import { idTokenPanel, pkceCheckPanel, pkcePanel, signaturePanel, tokenResponsePanel } from '../common/panels';
import type { Panel } from '../panels';
import type { WebServerClient, WebServerState } from './state';

export function webServerPanels(client: WebServerClient): Panel<WebServerState>[] {
  return [pkcePanel(), tokenResponsePanel('exchange-code', client.confidential), pkceCheckPanel(), idTokenPanel(), signaturePanel()];
}
