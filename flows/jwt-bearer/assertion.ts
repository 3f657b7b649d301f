/** The JWT bearer assertion as the client builds it, then signs it. */
export interface JwtBearerAssertion {
  /** The JOSE header as it will be signed. */
  header: { alg: 'RS256' };
  /** The claims as they will be signed, in this order. */
  claims: { iss: string; sub: string; aud: string; exp: number };
  /** The compact JWS, once signed. */
  token?: string;
}
