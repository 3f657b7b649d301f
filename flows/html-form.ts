/**
 * Just enough HTML reading for a headless browser on Salesforce's login, consent and error pages:
 * forms with their fields and buttons, and the OAuth error a page displays.
 */

export interface FormField {
  name: string;
  type: string;
  value: string;
}

export interface FormButton {
  name?: string;
  value?: string;
  label: string;
}

export interface HtmlForm {
  id?: string;
  /** As written in the page; may be relative. */
  action: string;
  /** Upper case; GET when the form does not say. */
  method: string;
  fields: FormField[];
  buttons: FormButton[];
}

export interface PageError {
  error: string;
  errorDescription?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? whole;
    const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Attributes of one start tag, names lower-cased, values entity-decoded. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const [, name = '', double, single, bare] of tag.replace(/^<\w+|\/?>$/g, '').matchAll(re)) {
    found.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
  }
  return found;
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function fieldsOf(inner: string): FormField[] {
  const fields: FormField[] = [];
  for (const [tag] of inner.matchAll(/<input\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const name = attrs.get('name');
    if (name !== undefined) fields.push({ name, type: attrs.get('type') ?? 'text', value: attrs.get('value') ?? '' });
  }
  return fields;
}

function buttonsOf(inner: string): FormButton[] {
  return Array.from(inner.matchAll(/(<button\b[^>]*>)([\s\S]*?)<\/button>/gi), ([, tag = '', label = '']) => {
    const attrs = attributes(tag);
    return { name: attrs.get('name'), value: attrs.get('value'), label: stripTags(label) };
  });
}

/** Every form in the page, in document order. */
export function parseForms(html: string): HtmlForm[] {
  return Array.from(html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/gi), ([, tag = '', inner = '']) => {
    const attrs = attributes(tag);
    return {
      id: attrs.get('id'),
      action: attrs.get('action') ?? '',
      method: (attrs.get('method') ?? 'get').toUpperCase(),
      fields: fieldsOf(inner),
      buttons: buttonsOf(inner),
    };
  });
}

/**
 * The OAuth error shown on a Salesforce page, which carries it as `error=...&error_description=...`
 * (in a link, a script, or the address of RemoteAccessErrorPage.apexp).
 */
export function parseSalesforceErrorPage(html: string): PageError | undefined {
  const match = /[?&;]error=([^&"'\s<]+)(?:&amp;|&)error_description=([^&"'\s<]*)/.exec(html);
  if (!match) return undefined;
  const error = decodeQueryValue(match[1]);
  const description = decodeQueryValue(match[2]);
  return description ? { error, errorDescription: description } : { error };
}

/** Lenient percent-decoding (a stray % is kept), as browsers do for query strings. */
function decodeQueryValue(value = ''): string {
  return new URLSearchParams(`v=${decodeEntities(value)}`).get('v') ?? '';
}

/** The text of the page's first `role="alert"` element (how a login page says the password was wrong). */
export function pageAlert(html: string): string | undefined {
  const match = /<(\w+)\b[^>]*\brole="alert"[^>]*>([\s\S]*?)<\/\1>/i.exec(html);
  return match ? stripTags(match[2] ?? '') : undefined;
}
