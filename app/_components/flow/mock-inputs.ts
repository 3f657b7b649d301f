import { DEMO } from '@/mocks/demo';
import type { FlowInputs } from '@/flows/types';

/** Which of the mock org's connected apps each flow uses by default. */
const APP_FOR_FLOW: Record<string, keyof typeof DEMO.apps> = {
  'web-server': 'web',
  'web-server-pkce': 'pkce',
};

/** The inputs a flow starts with on the mock org: the demo app, user and callback. */
export function mockInputs(flowId: string): FlowInputs {
  const appKey = APP_FOR_FLOW[flowId] ?? 'web';
  const app = DEMO.apps[appKey];
  return {
    loginHost: DEMO.hosts.login,
    clientId: app.consumerKey,
    clientSecret: appKey === 'web' ? app.consumerSecret : undefined,
    redirectUri: DEMO.callbackUrl,
    scope: DEMO.scopes,
    username: DEMO.users.ada.username,
    password: DEMO.users.ada.password,
    apiVersion: '62.0',
  };
}
