import type { LanguageRegistration } from 'shiki/core';

/** The language id under which the grammar below is registered with the highlighter. */
export const HTTP_LANG = 'http-message';

/** A header name: an RFC 9110 token. */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

/** Where the head ends: at the start of the first line that is not a header field (the body's first line). */
const headEnd = `^(?!${TOKEN}:)`;

/** `name=value` pairs joined by `&`, as in a query string or a form-encoded body. */
const pairPatterns = [
  {
    match: '([^=&?#\\s]+)(?:(=)([^&#\\s]*))?',
    captures: {
      1: { name: 'support.type.property-name.parameter.http' },
      2: { name: 'keyword.operator.assignment.http' },
      3: { name: 'string.unquoted.parameter-value.http' },
    },
  },
  { match: '&', name: 'punctuation.separator.parameters.http' },
];

/**
 * A small TextMate grammar for one HTTP/1.1 message as the page shows it: a request line or a status
 * line, the header fields, a blank line, then the body. A body that starts with `{` or `[` is JSON (the
 * json grammar is embedded); a body of `name=value&...` is a form (names, values); anything else is
 * left plain. Replaces shiki's own `http` grammar, which embeds many languages.
 *
 * shiki does not tokenize empty lines, so the blank line cannot start the body: the head (start line
 * and headers) is a region that ends at the first line that is not a header field, where the body begins.
 * (So a plain-text body whose first line looks like `Name: value` is read as one more header.)
 */
export const httpGrammar: LanguageRegistration = {
  name: HTTP_LANG,
  scopeName: 'source.http-message',
  displayName: 'HTTP/1.1 message',
  embeddedLangs: ['json'],
  patterns: [{ include: '#request-head' }, { include: '#response-head' }, { include: '#json-body' }, { include: '#form-body' }],
  repository: {
    // The head: a start line, then header fields up to the first line that is not one.
    'request-head': {
      begin: '^([A-Z]+)[ \\t]+([^?\\s]*)(\\?[^\\s]*)?[ \\t]+(HTTP/\\d(?:\\.\\d)?)[ \\t]*$',
      beginCaptures: {
        1: { name: 'keyword.control.method.http' },
        2: { name: 'string.unquoted.request-target.http' },
        3: { name: 'meta.query.http', patterns: [{ match: '\\?', name: 'punctuation.separator.query.http' }, ...pairPatterns] },
        4: { name: 'constant.language.http-version.http' },
      },
      end: headEnd,
      name: 'meta.head.request.http',
      patterns: [{ include: '#header' }],
    },
    'response-head': {
      begin: '^(HTTP/\\d(?:\\.\\d)?)[ \\t]+(\\d{3})(?:[ \\t]+(.*))?$',
      beginCaptures: {
        1: { name: 'constant.language.http-version.http' },
        2: { name: 'constant.numeric.status-code.http' },
        3: { name: 'string.unquoted.reason-phrase.http' },
      },
      end: headEnd,
      name: 'meta.head.response.http',
      patterns: [{ include: '#header' }],
    },
    header: {
      match: `^(${TOKEN})(:)[ \\t]*(.*)$`,
      name: 'meta.header.http',
      captures: {
        1: { name: 'entity.name.tag.header-name.http' },
        2: { name: 'punctuation.separator.key-value.http' },
        3: { name: 'string.unquoted.header-value.http' },
      },
    },
    // A JSON body runs to the end of the message.
    'json-body': {
      begin: '^(?=[ \\t]*[\\[{])',
      end: '(?!)',
      contentName: 'meta.embedded.block.json',
      patterns: [{ include: 'source.json' }],
    },
    'form-body': {
      begin: '^(?=[^=&\\s]+=[^\\s]*$)',
      end: '$',
      name: 'meta.form-urlencoded.http',
      patterns: pairPatterns,
    },
  },
};
