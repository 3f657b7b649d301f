/**
 * The few DER (ASN.1 Distinguished Encoding Rules) pieces an X.509 certificate needs: writing tag,
 * length and content, and reading them back. Enough for certificates, not a general ASN.1 library.
 */

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  sequence: 0x30,
  set: 0x31,
  utcTime: 0x17,
  generalizedTime: 0x18,
  /** [0] EXPLICIT, constructed: the certificate's version. */
  context0: 0xa0,
} as const;

export class DerError extends Error {}

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** One TLV: the tag, the DER length, the content. */
export function der(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concat(content);
  return concat([Uint8Array.of(tag, ...lengthBytes(body.length)), body]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** An OID in dotted form, encoded (base-128 arcs, the first two folded into one byte). */
export function oid(dotted: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const arc of rest) {
    const groups: number[] = [];
    for (let n = arc; ; n = Math.floor(n / 128)) {
      groups.unshift(n % 128);
      if (n < 128) break;
    }
    bytes.push(...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)));
  }
  return der(TAG.oid, Uint8Array.from(bytes));
}

export function oidText(content: Uint8Array): string {
  const first = content[0] ?? 0;
  const arcs = [Math.floor(first / 40), first % 40];
  let n = 0;
  for (const byte of content.subarray(1)) {
    n = n * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(n);
      n = 0;
    }
  }
  return arcs.join('.');
}

/** A positive INTEGER from big-endian bytes (a leading 0x00 keeps it positive). */
export function positiveInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return der(TAG.integer, (trimmed[0] ?? 0) >= 0x80 ? concat([Uint8Array.of(0), trimmed]) : trimmed);
}

export interface Tlv {
  tag: number;
  /** The content bytes. */
  content: Uint8Array;
  /** The whole element: tag, length and content. */
  raw: Uint8Array;
}

/** Reads one element at `offset`; throws DerError when the bytes are not DER. */
export function readTlv(bytes: Uint8Array, offset = 0): Tlv {
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  if (tag === undefined || length === undefined) throw new DerError('the data ends in the middle of an element');
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('an element has an unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new DerError('an element is longer than the data');
  return { tag, content: bytes.subarray(start, end), raw: bytes.subarray(offset, end) };
}

/** The elements inside a constructed element (SEQUENCE, SET, [0]). */
export function children(parent: Tlv): Tlv[] {
  const items: Tlv[] = [];
  for (let offset = 0; offset < parent.content.length; ) {
    const item = readTlv(parent.content, offset);
    items.push(item);
    offset += item.raw.length;
  }
  return items;
}

/** Reads an element and insists on its tag; `what` names it in the error. */
export function expectTag(item: Tlv | undefined, tag: number, what: string): Tlv {
  if (!item || item.tag !== tag) throw new DerError(`${what} is missing or malformed`);
  return item;
}
