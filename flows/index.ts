/** Every flow the playground knows, by id (the id is also the URL slug and the content file name). */
import { clientCredentialsFlow } from './client-credentials/client-credentials';
import { deviceFlow } from './device/device';
import { jwtBearerFlow } from './jwt-bearer/jwt-bearer';
import { refreshTokenFlow } from './refresh-token/refresh-token';
import type { FlowDefinition } from './types';
import { userAgentFlow } from './user-agent/user-agent';
import { usernamePasswordFlow } from './username-password/username-password';
import { webServerFlow } from './web-server/web-server';
import { webServerPkceFlow } from './web-server/web-server-pkce';

export const allFlows: FlowDefinition<unknown>[] = [webServerFlow, webServerPkceFlow, userAgentFlow, refreshTokenFlow, clientCredentialsFlow, jwtBearerFlow, usernamePasswordFlow, deviceFlow];

export function getFlow(id: string): FlowDefinition<unknown> | undefined {
  return allFlows.find((flow) => flow.id === id);
}
