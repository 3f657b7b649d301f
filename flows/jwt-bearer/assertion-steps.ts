/** The JWT bearer assertion: its claims built on the org's clock, then signed RS256 with the client's private key. */
import { SignJWT } from 'jose';
import { describeTime } from '../jwt';
import { checkInputs } from '../inputs';
import { validationError } from '../errors';
import { failed } from '../outcomes';
import { abbreviate, required } from '../requests';
import type { FlowInput, LocalStep, StepOutcome } from '../types';
import type { JwtBearerAssertion } from './assertion';
import type { JwtBearerState } from './state';

type S = JwtBearerState;

/** Whole seconds, at most about 100 years either way. */
function lifetimeSeconds(text: string | undefined): number | undefined {
  const value = (text ?? '').trim();
  if (!/^-?\d{1,10}$/.test(value)) return undefined;
  const seconds = Number(value);
  return Math.abs(seconds) <= 100 * 365 * 24 * 3600 ? seconds : undefined;
}

export function buildAssertion(inputSpecs: readonly FlowInput[]): LocalStep<S> {
  return {
    id: 'build-assertion',
    title: 'Build the assertion: header and claims',
    kind: 'local',
    from: 'client',
    to: 'client',
    message: 'header {alg: RS256}, claims iss, sub, aud, exp',
    async run(state, { now }): Promise<StepOutcome<S>> {
      const [problem] = checkInputs(inputSpecs, state.inputs, 'build-assertion');
      if (problem) return failed(problem);
      const lifetime = lifetimeSeconds(state.inputs.assertionLifetime);
      if (lifetime === undefined) {
        return failed(validationError('build-assertion', 'bad_input', 'Assertion lifetime must be a whole number of seconds, e.g. 180 (negative for an assertion already expired).', 'assertionLifetime'));
      }
      const { clientId, username = '', audience = '' } = state.inputs;
      const exp = Math.floor(now / 1000) + lifetime;
      const assertion: JwtBearerAssertion = { header: { alg: 'RS256' }, claims: { iss: clientId, sub: username, aud: audience, exp } };
      const when = describeTime(exp, now / 1000);
      const notes = [
        'alg RS256: Salesforce verifies the signature with the certificate on the app; no kid is needed, the app has one certificate.',
        `iss ${clientId}: the consumer key names the app.`,
        `sub ${username}: the user whose token this will be; no password is involved.`,
        `aud ${audience}: the login URL Salesforce expects, not the token endpoint's URL.`,
        `exp ${exp}: ${when.iso} on the org's clock (${when.relative}); it limits the assertion, not the access token.`,
      ];
      return { ok: true, state: { ...state, assertion }, notes };
    },
  };
}

export const signAssertion: LocalStep<S> = {
  id: 'sign-assertion',
  title: 'Sign the assertion with the private key (RS256)',
  kind: 'local',
  from: 'client',
  to: 'client',
  message: 'sign base64url(header).base64url(claims)',
  async run(state): Promise<StepOutcome<S>> {
    const assertion = required(state.assertion, 'The assertion');
    const { privateKey, thumbprint } = required(state.keyMaterial, 'The private key');
    const token = await new SignJWT({ ...assertion.claims }).setProtectedHeader(assertion.header).sign(privateKey);
    const notes = [
      `The assertion is ${token.length} characters: ${abbreviate(token)}.`,
      'The signature is RSASSA-PKCS1-v1_5 with SHA-256 over the ASCII text header.payload: changing any byte afterwards, aud or exp included, makes Salesforce answer invalid assertion.',
      `Salesforce checks it against the registered certificate, whose key has thumbprint ${thumbprint}.`,
    ];
    return { ok: true, state: { ...state, assertion: { ...assertion, token } }, notes };
  },
};
