/**
 * Errors named after Salesforce's wire codes, each carrying the exact `error_description` and whether
 * it may be sent to the client's redirect_uri (RFC 6749 section 4.1.2.1: an untrusted client_id or
 * redirect_uri is shown on Salesforce's own page instead).
 */
export abstract class OAuthError extends Error {
  abstract readonly error: string;
  readonly mayRedirect: boolean;
  readonly status: number;

  constructor(
    readonly description: string,
    options: { mayRedirect?: boolean; status?: number } = {},
  ) {
    super(description);
    this.mayRedirect = options.mayRedirect ?? true;
    this.status = options.status ?? 400;
  }
}

export class InvalidRequestError extends OAuthError {
  readonly error = 'invalid_request';
}

export class InvalidClientIdError extends OAuthError {
  readonly error = 'invalid_client_id';
  constructor() {
    super('client identifier invalid', { mayRedirect: false });
  }
}

export class InvalidClientError extends OAuthError {
  readonly error = 'invalid_client';
}

export class RedirectUriMismatchError extends OAuthError {
  readonly error = 'redirect_uri_mismatch';
  constructor() {
    super('redirect_uri must match configuration', { mayRedirect: false });
  }
}

export class InvalidAppAccessError extends OAuthError {
  readonly error = 'invalid_app_access';
  constructor() {
    super('user is not admin approved to access this app', { mayRedirect: false });
  }
}

export class InvalidGrantError extends OAuthError {
  readonly error = 'invalid_grant';
}

export class InvalidScopeError extends OAuthError {
  readonly error = 'invalid_scope';
}

export class AccessDeniedError extends OAuthError {
  readonly error = 'access_denied';
  constructor() {
    super('end-user denied authorization');
  }
}

/** `immediate=true` asked for no login or consent page, but one was needed (redirected, reference section 24). */
export class ImmediateUnsuccessfulError extends OAuthError {
  readonly error = 'immediate_unsuccessful';
}

export class UnsupportedResponseTypeError extends OAuthError {
  readonly error = 'unsupported_response_type';
  constructor() {
    super('response type not supported');
  }
}

export class UnsupportedGrantTypeError extends OAuthError {
  readonly error = 'unsupported_grant_type';
  constructor() {
    super('grant type not supported');
  }
}

export class InvalidTokenError extends OAuthError {
  readonly error = 'invalid_token';
}

export class UnsupportedTokenTypeError extends OAuthError {
  readonly error = 'unsupported_token_type';
}

/** An error whose code and description an org setting chooses, where Salesforce's answer is not documented. */
export class ConfiguredError extends OAuthError {
  constructor(
    readonly error: string,
    description: string,
    options: { mayRedirect?: boolean } = {},
  ) {
    super(description, options);
  }
}
