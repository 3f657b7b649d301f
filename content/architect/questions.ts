/**
 * The chooser's questions: plain data, each with a short why. Answers travel in the URL under each
 * question's `param`, so a recommendation can be sent to a colleague.
 */

export type Presence = 'browser' | 'device' | 'once' | 'none';
export type YesNo = 'yes' | 'no';
export type TokenCall = 'yes' | 'no' | 'na';

export interface Answers {
  who?: Presence;
  secret?: YesNo;
  key?: YesNo;
  sdk?: YesNo;
  site?: YesNo;
  assets?: YesNo;
  idp?: YesNo;
  cors?: TokenCall;
  legacy?: YesNo;
}

export type QuestionId = keyof Answers;

export interface Option {
  value: string;
  label: string;
}

export interface Question {
  id: QuestionId;
  /** The query parameter; the same as the id. */
  param: QuestionId;
  text: string;
  why: string;
  options: readonly Option[];
  /** Assumed when not answered (and preselected); none for the first question, which must be answered. */
  assumed?: string;
  group: 'integration' | 'special';
}

const YES_NO = (yes: string, no: string): Option[] => [
  { value: 'yes', label: yes },
  { value: 'no', label: no },
];

export const QUESTIONS: readonly Question[] = [
  {
    id: 'who',
    param: 'who',
    group: 'integration',
    text: 'Who is there when it signs in, and where?',
    why: 'Flows that send a browser to Salesforce need a person who can sign in there; without a person, the client must prove who it is on its own.',
    options: [
      { value: 'browser', label: 'A person at a full browser: a web app, a single-page app, or a mobile or desktop app that can open the system browser' },
      { value: 'device', label: 'A person at a device with no browser or no usable keyboard: a smart TV, a kiosk, a command-line tool on a remote machine' },
      { value: 'once', label: 'A person once, to connect it; afterwards it runs without them and acts for that person (a sync, a scheduled report)' },
      { value: 'none', label: 'No person at all: a nightly job, middleware or CI acting as an integration user' },
    ],
  },
  {
    id: 'secret',
    param: 'secret',
    group: 'integration',
    text: 'Can the client keep a secret?',
    why: 'Anything shipped in a browser bundle, a mobile app or a device can be read out of it: a consumer secret there is public. A server you run (a back end behind your web or mobile app included) can keep one.',
    options: YES_NO('Yes: it runs on a server you control', 'No: its code runs in people\'s browsers, phones, desktops or devices'),
    assumed: 'no',
  },
  {
    id: 'key',
    param: 'key',
    group: 'integration',
    text: 'Can it hold a private key, with its certificate uploaded to the app?',
    why: 'A private key signs a fresh assertion that expires in minutes for every token: nothing reusable travels, and only the certificate is registered at Salesforce.',
    options: YES_NO('Yes: a server with a key store or secrets manager', 'No'),
    assumed: 'no',
  },
  {
    id: 'sdk',
    param: 'sdk',
    group: 'special',
    text: 'Is it built with the Salesforce Mobile SDK, or a hybrid app?',
    why: 'The Mobile SDK runs its own login flows, which also give its web views their session cookies.',
    options: YES_NO('Yes', 'No'),
    assumed: 'no',
  },
  {
    id: 'site',
    param: 'site',
    group: 'special',
    text: 'Is the login screen your own, on an Experience Cloud site?',
    why: 'Headless identity lets your own screens take the username and password (or a one-time code) instead of Salesforce\'s login page.',
    options: YES_NO('Yes', 'No'),
    assumed: 'no',
  },
  {
    id: 'assets',
    param: 'assets',
    group: 'special',
    text: 'Does it register IoT devices as assets?',
    why: 'Asset tokens are short-lived JWTs that tie a device to an Asset record, issued in exchange for an access token.',
    options: YES_NO('Yes', 'No'),
    assumed: 'no',
  },
  {
    id: 'idp',
    param: 'idp',
    group: 'special',
    text: 'Does the user already hold a token from another identity provider?',
    why: 'Token exchange swaps that token for a Salesforce one, through an Apex handler you write, without a second sign-in.',
    options: YES_NO('Yes', 'No'),
    assumed: 'no',
  },
  {
    id: 'cors',
    param: 'cors',
    group: 'special',
    text: 'If it is a web page with no back end: may the page call Salesforce\'s token endpoint?',
    why: 'The code flows end with a POST to the token endpoint. A page can read the answer only where Salesforce sends CORS headers: on a My Domain with "Enable CORS for OAuth endpoints" on and the page\'s origin allowlisted, never on login.salesforce.com.',
    options: [
      { value: 'yes', label: 'Yes: CORS for OAuth endpoints is on for its origin' },
      { value: 'no', label: 'No: the org will not allow it' },
      { value: 'na', label: 'Not a web page without a back end' },
    ],
    assumed: 'na',
  },
  {
    id: 'legacy',
    param: 'legacy',
    group: 'special',
    text: 'Is it an existing client that can only send a username and password?',
    why: 'Some older tools and connectors know no other flow; until they change, only the username-password flow serves them.',
    options: YES_NO('Yes', 'No'),
    assumed: 'no',
  },
];

type Raw = Record<string, string | string[] | undefined>;

/** The answers in a query string (or Next's searchParams); unknown values are dropped. */
export function readAnswers(params: URLSearchParams | Raw): Answers {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const answers: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const value = get(question.param);
    if (value !== undefined && question.options.some((option) => option.value === value)) answers[question.id] = value;
  }
  return answers as Answers;
}

/** The answers as a query string, in the questions' order, without assumed values left as they are. */
export function answersQuery(answers: Answers): string {
  const params = new URLSearchParams();
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value !== undefined) params.set(question.param, value);
  }
  return params.toString();
}

/** Every answer given, or assumed where the question was left out (the first has no assumption). */
export type FilledAnswers = Required<Omit<Answers, 'who'>> & Pick<Answers, 'who'>;

/** Each question's answer, or what is assumed without one. */
export function withAssumptions(answers: Answers): FilledAnswers {
  const filled: Record<string, string | undefined> = { ...answers };
  for (const question of QUESTIONS) if (filled[question.id] === undefined && question.assumed) filled[question.id] = question.assumed;
  return filled as FilledAnswers;
}
