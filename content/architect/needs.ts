/**
 * What a flow needs of the integration, one rule each: whether the answers meet it, why that counts for
 * the flow, and why the flow is out without it. A changeable need names the change that would meet it,
 * and what the change costs (the runner-up may be a flow one change away).
 */
import type { Answers, FilledAnswers, Presence } from './questions';

export type { FilledAnswers };

export type NeedId =
  | 'browser'
  | 'browser-or-pairing'
  | 'device'
  | 'once'
  | 'unattended'
  | 'no-person'
  | 'secret'
  | 'key'
  | 'token-call'
  | 'sdk'
  | 'site'
  | 'assets'
  | 'idp'
  | 'not-password-only'
  | 'password-only'
  | 'existing-saml';

export interface Need {
  met(answers: FilledAnswers): boolean;
  because(answers: FilledAnswers): string;
  lacking(answers: FilledAnswers): string;
  /** For a need the integration could change: the change, and how much it asks (higher is more). */
  change?: { text: string; cost: number };
  /** A special case of the integration (the Mobile SDK, assets, …) rather than who signs in or what it can keep. */
  specialCase?: boolean;
}

const PRESENCE: Record<Presence, string> = {
  browser: 'here a person signs in at a full browser',
  device: 'here the person is at a device with no browser',
  once: 'here a person connects it once and is gone afterwards',
  none: 'here no person takes part',
};

const here = (answers: Answers) => (answers.who ? PRESENCE[answers.who] : 'the first question is not answered');
const is = <K extends keyof Answers>(key: K, value: NonNullable<Answers[K]>) => (answers: FilledAnswers) => answers[key] === value;

export const NEEDS: Record<NeedId, Need> = {
  browser: {
    met: is('who', 'browser'),
    because: () => 'A person signs in at a full browser, on Salesforce\'s own login and consent pages.',
    lacking: (a) => `Needs a person at a full browser to sign in; ${here(a)}.`,
  },
  'browser-or-pairing': {
    met: (a) => a.who === 'browser' || a.who === 'device',
    because: (a) =>
      a.who === 'device'
        ? 'The person signs in on their phone, in a full browser, to your back end, which then pairs the device (your own pairing, on top of this flow).'
        : 'A person signs in at a full browser, on Salesforce\'s own login and consent pages.',
    lacking: (a) => `Needs a person who signs in at a full browser; ${here(a)}.`,
  },
  device: {
    met: is('who', 'device'),
    because: () => 'The person is at a screen with no browser or keyboard, and approves on a phone or laptop instead.',
    lacking: (a) => `Made for a screen with no browser or keyboard; ${here(a)}.`,
  },
  once: {
    met: is('who', 'once'),
    because: () => 'A person connects it once with a code flow; afterwards its refresh token gets new access tokens with nobody there.',
    lacking: (a) =>
      a.who === 'browser'
        ? 'Not a way to sign in: it keeps alive a session that a code flow started (the checklist\'s refresh token settings cover it).'
        : `Needs a person who signed in once to issue the refresh token; ${here(a)}.`,
  },
  unattended: {
    met: (a) => a.who === 'none' || a.who === 'once',
    because: (a) =>
      a.who === 'once'
        ? 'After the first connection nobody is there: the server signs for a user an admin pre-authorized.'
        : 'Nobody is there to sign in: the server proves who it is with every request.',
    lacking: (a) => `Runs with no person present, acting as a pre-authorized user; ${here(a)}.`,
  },
  'no-person': {
    met: is('who', 'none'),
    because: () => 'Nobody is there: the integration acts as its own Run As user.',
    lacking: (a) => (a.who === 'once' ? 'Acts as one fixed Run As user, not as the person who connected it.' : `Runs with no person present; ${here(a)}.`),
  },
  secret: {
    met: is('secret', 'yes'),
    because: () => 'Your server keeps the consumer secret.',
    lacking: () => 'Needs a client that can keep a consumer secret, and this one cannot.',
    change: { text: 'if a back end you run keeps the secret', cost: 2 },
  },
  key: {
    met: is('key', 'yes'),
    because: () => 'Your server holds the private key; Salesforce has only its certificate.',
    lacking: () => 'Needs a private key on a server, with its certificate on the app.',
    change: { text: 'if the server can hold a private key and its certificate is uploaded to the app', cost: 2 },
  },
  'token-call': {
    met: (a) => a.cors !== 'no',
    because: (a) => (a.cors === 'yes' ? 'The page may call the token endpoint: CORS for OAuth endpoints is on for its origin.' : 'The app\'s code can make the POST to the token endpoint.'),
    lacking: () => 'Ends with a POST to the token endpoint, which this page may not make (no CORS for OAuth endpoints).',
    change: { text: 'if an admin turns on CORS for OAuth endpoints for the page\'s origin', cost: 0 },
  },
  sdk: {
    specialCase: true,
    met: is('sdk', 'yes'),
    because: () => 'The app is built with the Mobile SDK, which runs these flows for it.',
    lacking: () => 'Only for apps built with the Salesforce Mobile SDK.',
  },
  site: {
    specialCase: true,
    met: is('site', 'yes'),
    because: () => 'The login screen is your own, on an Experience Cloud site.',
    lacking: () => 'Only for your own login screen on an Experience Cloud site.',
  },
  assets: {
    specialCase: true,
    met: is('assets', 'yes'),
    because: () => 'It registers devices as Asset records, which is what asset tokens are for.',
    lacking: () => 'Only for registering IoT devices as assets.',
  },
  idp: {
    specialCase: true,
    met: is('idp', 'yes'),
    because: () => 'The user already holds a token from another identity provider, which this flow exchanges.',
    lacking: () => 'Only for a user who already holds a token from another identity provider.',
  },
  'not-password-only': {
    met: (a) => a.legacy !== 'yes',
    because: () => 'The client can use a current flow.',
    lacking: () => 'The client can only send a username and password.',
    change: { text: 'once the client can use another flow', cost: 3 },
  },
  'password-only': {
    specialCase: true,
    met: is('legacy', 'yes'),
    because: () => 'The client can do nothing but send a username and password, until it changes.',
    lacking: () => 'Only for a client that can do nothing else: it hands a person\'s password to the client.',
  },
  'existing-saml': {
    specialCase: true,
    met: () => false,
    because: () => '',
    lacking: () => 'Only where you already issue SAML assertions for Salesforce; for a new integration the JWT bearer flow does the same with a JWT your server signs.',
  },
};
