/** Salesforce's "OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration": a signed assertion instead of a password or a secret. */
import { identityStep, restQueryStep } from '../common/api-steps';
import { tokenResponsePanel } from '../common/panels';
import type { FlowDefinition, FlowInput } from '../types';
import { buildAssertion, signAssertion } from './assertion-steps';
import { certificateInputProblem, privateKeyInputProblem } from './key-material';
import { makeKey, registerCertificate } from './key-steps';
import { assertionPanel, keyMaterialPanel } from './panels';
import { initialJwtBearerState, type JwtBearerState } from './state';
import { requestToken } from './token-step';

type S = JwtBearerState;

const inputs: FlowInput[] = [
  { id: 'loginHost', label: 'Token endpoint host', required: true, format: 'url', help: 'Where the assertion is POSTed: https://login.salesforce.com, test.salesforce.com for a sandbox, or the My Domain.' },
  { id: 'clientId', label: 'Consumer key (iss)', required: true, help: 'The consumer key of the app that holds the certificate.' },
  { id: 'username', label: 'Username (sub)', required: true, help: 'The Salesforce user to act as: pre-authorized for the app, or who approved it before.' },
  { id: 'audience', label: 'Audience (aud)', required: true, format: 'url', help: 'https://login.salesforce.com for production, https://test.salesforce.com for a sandbox.' },
  { id: 'assertionLifetime', label: 'Assertion lifetime in seconds (exp = now + this)', required: true, help: 'Salesforce asks for at most 3 minutes; a negative value makes an assertion that is already expired.' },
  { id: 'certificatePem', label: 'Your certificate (PEM, optional)', multiline: true, check: certificateInputProblem, help: 'Leave both empty to make a key pair and certificate in this tab, or paste -----BEGIN CERTIFICATE-----.' },
  { id: 'privateKeyPem', label: 'Its private key (PKCS#8 PEM, optional)', secret: true, check: privateKeyInputProblem, help: 'Paste -----BEGIN PRIVATE KEY-----; it stays in this tab\'s memory and is never shown.' },
  { id: 'apiVersion', label: 'API version', required: true, help: 'The REST API version of the query step, e.g. 62.0.' },
];

export const jwtBearerFlow: FlowDefinition<S> = {
  id: 'jwt-bearer',
  name: 'OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration',
  summary: 'A server signs a short-lived JWT with its private key and exchanges it for an access token of a user who approved the app before.',
  inputs,
  initialState: initialJwtBearerState,
  steps: [
    makeKey,
    registerCertificate,
    buildAssertion(inputs),
    signAssertion,
    requestToken,
    identityStep<S>('Ask the identity URL whose token this is', 'The token belongs to the user named in sub: no password was sent for it.'),
    restQueryStep<S>(),
  ],
  panels: [keyMaterialPanel, assertionPanel, tokenResponsePanel<S>('request-token', false)],
};
