/**
 * A self-signed X.509 certificate for an RSA key, made with Web Crypto, and the reading of one: the
 * parts Salesforce's "Use digital signatures" needs (the public key), plus subject and validity to show.
 * Hand-written on the DER helpers: the libraries that do this cost 55-90 kB gzip for these two uses.
 */
import { children, concat, der, DerError, expectTag, oid, oidText, positiveInteger, readTlv, TAG, type Tlv } from './der';
import { fromPem, PemError, toPem } from './pem';

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const COMMON_NAME = '2.5.4.3';
const text = new TextEncoder();

export class CertificateError extends Error {}

export interface CertificateInfo {
  /** The certificate's subjectPublicKeyInfo, DER: what verifies signatures. */
  spki: Uint8Array;
  /** The subject's common name (CN), or '' when it has none. */
  commonName: string;
  notBefore: Date;
  notAfter: Date;
  der: Uint8Array;
}

function rdnName(commonName: string): Uint8Array {
  return der(TAG.sequence, der(TAG.set, der(TAG.sequence, oid(COMMON_NAME), der(TAG.utf8String, text.encode(commonName)))));
}

/** UTCTime (YYMMDDHHMMSSZ) up to 2049, GeneralizedTime after, as RFC 5280 section 4.1.2.5 says. */
function time(date: Date): Uint8Array {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  return date.getUTCFullYear() < 2050 ? der(TAG.utcTime, text.encode(iso.slice(2))) : der(TAG.generalizedTime, text.encode(iso));
}

function parseTime(item: Tlv): Date {
  const s = new TextDecoder().decode(item.content);
  const full = item.tag === TAG.utcTime ? `${Number(s.slice(0, 2)) < 50 ? '20' : '19'}${s}` : s;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(full);
  if (!m) throw new DerError('a validity date is malformed');
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

const sha256WithRsa = () => der(TAG.sequence, oid(SHA256_WITH_RSA), der(TAG.null));

export interface SelfSignedOptions {
  keyPair: CryptoKeyPair;
  commonName: string;
  notBefore: Date;
  notAfter: Date;
}

/** A version 3 certificate whose issuer is its subject, signed with its own key (RS256's algorithm, sha256WithRSAEncryption). */
export async function createSelfSignedCertificate({ keyPair, commonName, notBefore, notAfter }: SelfSignedOptions): Promise<string> {
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keyPair.publicKey));
  const serial = crypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const name = rdnName(commonName);
  const tbs = der(
    TAG.sequence,
    der(TAG.context0, der(TAG.integer, Uint8Array.of(2))),
    positiveInteger(serial),
    sha256WithRsa(),
    name,
    der(TAG.sequence, time(notBefore), time(notAfter)),
    name,
    spki,
  );
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', keyPair.privateKey, tbs as Uint8Array<ArrayBuffer>));
  return toPem('CERTIFICATE', der(TAG.sequence, tbs, sha256WithRsa(), der(TAG.bitString, concat([Uint8Array.of(0), signature]))));
}

function commonNameOf(name: Tlv): string {
  for (const rdn of children(name)) {
    for (const attribute of children(rdn)) {
      const [type, value] = children(attribute);
      if (type && value && oidText(type.content) === COMMON_NAME) return new TextDecoder().decode(value.content);
    }
  }
  return '';
}

function readDer(bytes: Uint8Array): CertificateInfo {
  const certificate = expectTag(readTlv(bytes), TAG.sequence, 'the certificate');
  if (certificate.raw.length !== bytes.length) throw new DerError('there are bytes after the certificate');
  const [tbs] = children(certificate);
  const fields = children(expectTag(tbs, TAG.sequence, 'the certificate body (tbsCertificate)'));
  const rest = fields[0]?.tag === TAG.context0 ? fields.slice(1) : fields;
  const [, , , validity, subject, spki] = rest;
  const [notBefore, notAfter] = children(expectTag(validity, TAG.sequence, 'the validity'));
  const [algorithm] = children(expectTag(spki, TAG.sequence, 'the public key (subjectPublicKeyInfo)'));
  const [keyOid] = children(expectTag(algorithm, TAG.sequence, 'the public key algorithm'));
  if (oidText(expectTag(keyOid, TAG.oid, 'the public key algorithm').content) !== RSA_ENCRYPTION) {
    throw new CertificateError('its public key is not an RSA key: Salesforce verifies RS256 assertions, which need one');
  }
  return {
    spki: spki!.raw,
    commonName: commonNameOf(expectTag(subject, TAG.sequence, 'the subject')),
    notBefore: parseTime(expectTag(notBefore, notBefore?.tag ?? -1, 'notBefore')),
    notAfter: parseTime(expectTag(notAfter, notAfter?.tag ?? -1, 'notAfter')),
    der: bytes,
  };
}

/** Reads a PEM certificate; throws CertificateError with a sentence that says what is wrong. */
export function readCertificate(pem: string): CertificateInfo {
  try {
    return readDer(fromPem(pem, 'CERTIFICATE'));
  } catch (cause) {
    if (cause instanceof CertificateError) throw cause;
    if (cause instanceof PemError || cause instanceof DerError) throw new CertificateError(cause.message);
    throw new CertificateError('it is not a DER-encoded X.509 certificate');
  }
}
