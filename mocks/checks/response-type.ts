import { UnsupportedResponseTypeError } from '../errors';
import type { AuthorizeResponseType } from '../state';

/**
 * The response types authorize serves, as discovery advertises them (reference section 3): `code`,
 * `token` and `token id_token` (in either order, as OAuth allows). `code id_token` and `id_token` alone are not.
 */
export function responseTypeOf(value: string | undefined): AuthorizeResponseType | undefined {
  const words = (value ?? '').split(' ').filter(Boolean).sort();
  switch (words.join(' ')) {
    case 'code':
      return 'code';
    case 'token':
      return 'token';
    case 'id_token token':
      return 'token id_token';
    default:
      return undefined;
  }
}

export function requireResponseType(value: string | undefined): AuthorizeResponseType {
  const responseType = responseTypeOf(value);
  if (!responseType) throw new UnsupportedResponseTypeError();
  return responseType;
}

/** The user-agent flow's response types put their result, errors included, in the redirect's fragment. */
export function answersInFragment(responseType: AuthorizeResponseType | undefined): boolean {
  return responseType === 'token' || responseType === 'token id_token';
}
