import { UnsupportedResponseTypeError } from '../errors';

/** Only the authorization code flow is served by authorize so far. */
export function requireCodeResponseType(responseType: string | undefined): void {
  if (responseType !== 'code') throw new UnsupportedResponseTypeError();
}
