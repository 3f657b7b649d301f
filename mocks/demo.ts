/** The seeded org's demo values: shown in the README and the UI, used by tests. */
import { toId18 } from './ids';

const ORG_ID_15 = '00D5g000004ACME';
const CALLBACK_URL = 'http://localhost:3000/callback';
const PASSWORD = 'Playground!23';
const SCOPES = 'api refresh_token openid id profile email web';

export const DEMO = {
  org: { id15: ORG_ID_15, id: toId18(ORG_ID_15), name: 'Acme', myDomain: 'acme' },
  hosts: {
    login: 'https://login.salesforce.com',
    sandboxLogin: 'https://test.salesforce.com',
    myDomain: 'https://acme.my.salesforce.com',
    /** Path of the mock over HTTP on any origin, e.g. http://localhost:3000/mock. */
    httpMountPath: '/mock',
  },
  callbackUrl: CALLBACK_URL,
  scopes: SCOPES,
  apps: {
    web: {
      name: 'Playground Web App',
      consumerKey: '3MVG9PlaygroundWebAppDemoConsumerKey.Acme0rg5g000004ACME.WebServerFlowClient',
      consumerSecret: 'A1F3C5E7B9D2046813579BDF02468ACE13579BDF02468ACE13579BDF02468ACE',
    },
    pkce: {
      name: 'Playground PKCE App',
      consumerKey: '3MVG9PlaygroundPkceAppDemoConsumerKey.Acme0rg5g000004ACME.PublicPkceClient',
      consumerSecret: 'B2E4D6F8A0C1357924680ACE13579BDF02468ACE13579BDF02468ACE13579BDF',
    },
    /** A browser-only client (single-page app) on the user-agent flow: public, it holds no secret. */
    browser: {
      name: 'Playground Browser App',
      consumerKey: '3MVG9PlaygroundBrowserAppDemoConsumerKey.Acme0rg5g000004ACME.UserAgentFlowClient',
      consumerSecret: 'D4A6C8E0F2B3579146802BDF13579ACE02468BDF13579ACE02468BDF13579ACE',
    },
    /** A command-line tool or device without a browser on the device flow: public, it holds no secret. */
    device: {
      name: 'Playground Device App',
      consumerKey: '3MVG9PlaygroundDeviceAppDemoConsumerKey.Acme0rg5g000004ACME.DeviceFlowClient',
      consumerSecret: 'E5B7D9F1A3C4680257913CE024689ACE13579BDF02468ACE13579BDF0246ACE1',
    },
    /** A server-side integration on the JWT bearer flow: it signs assertions with its private key, no secret sent. */
    server: {
      name: 'Playground Server App',
      consumerKey: '3MVG9PlaygroundServerAppDemoConsumerKey.Acme0rg5g000004ACME.JwtBearerClient',
      consumerSecret: 'E5B7D9F1A3C4680257913ACE02468BDF13579ACE02468BDF13579ACE02468BDF',
    },
    integration: {
      name: 'Playground Integration App',
      consumerKey: '3MVG9PlaygroundIntegrationAppDemoConsumerKey.Acme0rg5g000004ACME.ClientCredentials',
      consumerSecret: 'C3F5E7A9B1D2468035791ACE02468BDF13579ACE02468BDF13579ACE02468BDF',
    },
  },
  users: {
    ada: {
      username: 'ada@acme.example',
      password: PASSWORD,
      securityToken: 'AdaSecurityToken7Q',
      name: 'Ada Lovelace',
      id15: '0055g00000ADALV',
    },
    grace: {
      username: 'grace@acme.example',
      password: PASSWORD,
      securityToken: 'GraceSecurityToken9',
      name: 'Grace Hopper',
      id15: '0055g00000GRACE',
    },
    /** API only: the Run As user of the integration app; cannot sign in on the login page. */
    integration: {
      username: 'integration@acme.example',
      password: PASSWORD,
      securityToken: 'IntegrationSecurityToken4K',
      name: 'Integration User',
      id15: '0055g00000INTGR',
    },
  },
} as const;
