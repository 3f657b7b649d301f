/** Checking Salesforce's `signature` field, for any flow whose client holds the consumer secret. */
import { validationError } from '../errors';
import { failed } from '../outcomes';
import { required } from '../requests';
import { verifySalesforceSignature } from '../signature';
import type { LocalStep, StepOutcome } from '../types';
import type { TokenClientState } from './state';

export function verifySignatureStep<S extends TokenClientState>(): LocalStep<S> {
  return {
    id: 'verify-signature',
    title: 'Check the signature field with the consumer secret',
    kind: 'local',
    from: 'client',
    to: 'client',
    message: 'signature = Base64(HMAC-SHA256(secret, id + issued_at))?',
    async run(state): Promise<StepOutcome<S>> {
      const tokens = required(state.tokens, 'The tokens');
      if (!tokens.signature || tokens.issuedAt === undefined) {
        return failed(validationError('verify-signature', 'missing_field', `The token response has no ${tokens.signature ? 'issued_at' : 'signature'}.`, tokens.signature ? 'issued_at' : 'signature'));
      }
      const check = await verifySalesforceSignature(state.inputs.clientSecret ?? '', tokens.id, tokens.issuedAt ?? '', tokens.signature);
      const notes = [`Computed Base64(HMAC-SHA256(consumer secret, id + issued_at)) = ${check.expected}`, `Received signature ${check.received}`];
      if (!check.ok) {
        const message = 'The signature does not match: id or issued_at were altered, or the consumer secret is not this app\'s.';
        return failed(validationError('verify-signature', 'signature_mismatch', message, 'signature'), notes);
      }
      return { ok: true, state: { ...state, signatureCheck: check }, notes: [...notes, 'They match: id and issued_at come from Salesforce.'] };
    },
  };
}
