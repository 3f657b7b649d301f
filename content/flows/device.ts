/** The device flow: a device without a browser or keyboard shows a code; the user approves on a phone or laptop. */
import { REAL_ORG_DIRECT_TOKEN } from '../real-org';
import { cite, SPEC } from '../specs';
import { badgeStatus } from '../architect/policy-timeline';
import type { FlowContent } from '../types';

export const deviceContent: FlowContent = {
  id: 'device',
  title: 'OAuth 2.0 Device Flow',
  summary:
    'A device that cannot show a login page or take a password (a command-line tool, a smart TV, an IoT device) asks for a short user code, shows it, and polls while the user types the code on a phone or laptop and approves. Salesforce has restricted this flow since 2025.',
  purpose:
    'For devices with no browser or no keyboard to speak of. The login happens somewhere else: on a phone or laptop the user already trusts, with their normal login, multi-factor authentication and approval page. The device only ever sees its own device code and, at the end, the tokens.',
  whenToChoose: [
    'A device or command-line tool with no browser, or no usable keyboard, that must act as a user, where your org (or external client app) still allows the device flow.',
    'A smart TV, kiosk or appliance: no other Salesforce flow fits. The Web Server flow needs a browser on the device, and the JWT bearer flow a private key, which on a device in someone\'s hands is anybody\'s key. Use an app installed in the org and limited to admin-approved users; or pair the device through a back end of your own, where the person signs in on their phone with the Web Server flow and your back end gives the device its own session.',
    'Learning how the device flow works and fails, or reproducing a legacy integration\'s error, before moving it to another flow.',
  ],
  whenNotToChoose: [
    'Anything that can open a browser, even a local one (a desktop or command-line app): use the Web Server flow with PKCE and a loopback callback, as the Salesforce CLI now does with `sf org login web`.',
    'A server-to-server integration with no user: use the client credentials or JWT bearer flow.',
    'Where the app cannot be installed in the org and limited to admin-approved users: since September 2025 an uninstalled app on this flow is blocked for everyone.',
  ],
  steps: {
    'build-device-request': {
      why: 'Nothing is sent yet. The device composes a POST to the token endpoint, `/services/oauth2/token`, with `response_type=device_code`, its `client_id` and optionally `scope`. There is no `client_secret`: a device in someone\'s hands cannot keep one.',
      details: [
        'Salesforce has no separate device authorization endpoint: the token endpoint also hands out device codes. The Salesforce CLI sends this request as `multipart/form-data`; a form body works too.',
        `See ${cite(SPEC.sfDeviceFlow)}.`,
      ],
    },
    'request-device-code': {
      why: 'Salesforce checks the consumer key and that the app has "Enable for Device Flow" on, then answers with four fields: `device_code` (the device\'s secret), `user_code` (for the person), `verification_uri` (where to type it) and `interval` (seconds between polls).',
      details: [
        'Salesforce\'s answer has no `expires_in` and no `verification_uri_complete`, unlike RFC 8628\'s. `verification_uri` is `/setup/connect` on the host the device called, so a My Domain in the request gives a My Domain page.',
        'What Salesforce answers for an app without the device flow is not documented; the mock org sends `unsupported_response_type` by default and lets the org settings choose.',
        `See ${cite(SPEC.deviceAuthorizationResponse)}.`,
      ],
    },
    'show-user-code': {
      why: 'The device shows the person where to go and what to type: the `verification_uri` and the `user_code`. That is all the person needs; the `device_code` never leaves the device.',
      details: [
        'A real device might show a QR code of the URL; Salesforce does not send a URL with the code filled in, so the person always types it.',
      ],
    },
    poll: {
      why: 'The device starts polling right away with `grant_type=device`, `code=<device_code>` and `client_id`. Nobody has approved yet, so Salesforce answers 400 `authorization_pending`: for the device that is not a failure but "ask again in `interval` seconds".',
      details: [
        'Salesforce\'s names differ from RFC 8628: the grant is `device` (not `urn:ietf:params:oauth:grant-type:device_code`) and the parameter is `code` (not `device_code`).',
        'Send this step again before `interval` seconds have passed and the mock answers `slow_down`: the device polled too fast and must wait longer. Salesforce does not document that answer; the mock models RFC 8628.',
        'Move the clock 10 minutes forward and poll again: the device code has expired, and the device must start over with a new code.',
        `See ${cite(SPEC.deviceTokenRequest)}.`,
      ],
    },
    'verify-on-second-device': {
      why: 'On a second device, a phone or laptop, the person opens `verification_uri`, logs in to Salesforce as usual, types the `user_code` the device shows, and allows access on the "Allow Access?" page. The device takes no part: it keeps polling.',
      details: [
        'This split is the point of the flow: the password, multi-factor authentication and the approval happen on a device the person trusts, not on the one asking.',
        'It is also its weakness. Anyone can start a device flow and send a person the code, pretending to be support: a person who types it approves the attacker\'s device. Only type a code that your own device shows you, just now.',
        'Clicking Deny makes the device\'s next poll answer `access_denied`.',
      ],
    },
    'wait-interval': {
      why: 'Between two polls the device waits `interval` seconds, counted from the last poll. A real device loops: poll, wait, poll, until it gets tokens, `access_denied`, or an expired code.',
    },
    'poll-tokens': {
      why: 'Now that the person has approved, the same poll returns the tokens: `access_token`, `refresh_token` (with the `refresh_token` scope), `signature`, `scope`, `id_token` (with `openid`), `instance_url`, `id`, `token_type` and `issued_at`, the same fields as the Web Server flow\'s code exchange.',
      details: [
        'The device code is used up: polling again with it fails with `invalid_grant`.',
        '`signature` is keyed with the app\'s consumer secret, which this public client does not hold, so the device cannot check it.',
        'With a refresh token the device stays signed in; that refresh token is what an attacker wants from a phished device flow, so revoke it when the device is lost.',
      ],
    },
    identity: {
      why: 'The identity URL (`id`) tells whose token this is: the person who approved on the phone or laptop, with their permissions. The device acts as them.',
    },
    'rest-query': {
      why: 'The device calls the REST API on `instance_url` with `Authorization: Bearer <access token>`, like any other client.',
      details: ['Without the `api` scope the call fails with HTTP 401 `INVALID_SESSION_ID` / `This session is not valid for use with the REST API`.'],
    },
  },
  pitfalls: [
    'Treating `authorization_pending` as an error: it is the normal answer until the person approves. Only `access_denied`, an expired code or other errors end the loop.',
    'Polling faster than `interval`: wait at least that long between polls, and longer after a `slow_down`.',
    'Device code phishing: an attacker starts the flow with a trusted-looking app and talks a user into typing the code. Restrict which users may use the app (admin-approved users only), and teach users to type only codes their own device shows.',
    'Sending `grant_type=urn:ietf:params:oauth:grant-type:device_code` and `device_code=` as generic RFC 8628 libraries do: Salesforce expects `grant_type=device` and `code=`.',
    'Showing or logging the `device_code`: it is the device\'s secret; only the `user_code` is for people.',
    'Forgetting that the code expires (about 10 minutes): show the user how long they have and start again with a new code when it runs out.',
  ],
  salesforceNotes: [
    `The app must have "Enable for Device Flow" in its OAuth settings (\`isDeviceFlowEnabled\` for external client apps); the device sends only its consumer key. See ${cite(SPEC.sfDeviceFlowEca)}.`,
    'The verification page is `/setup/connect` on the login host or My Domain. The mock org has it too, on every host and at `/mock/setup/connect` over HTTP.',
    'Salesforce documents `authorization_pending` only through its CLI. Its texts for pending, `slow_down`, expired codes and a disabled app are not documented; the mock org makes each an org setting.',
    'Since early September 2025 users need the "Approve Uninstalled Connected Apps" permission to use a connected app that is not installed in the org, which also limits device flows started with an app an attacker brings along.',
  ],
  status: badgeStatus('device'),
  realOrg: {
    support: 'not-recommended',
    needs: [
      '“Enable for Device Flow” on the app; Salesforce has restricted this flow (see the status above).',
      'The verification page opens in a popup that never comes back to this page: allow access there, close it, then poll.',
    ],
    direct: REAL_ORG_DIRECT_TOKEN,
  },
};
