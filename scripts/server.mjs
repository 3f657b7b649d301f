#!/usr/bin/env node
/**
 * The playground's server: Next's request handler behind a plain node:http server.
 *
 *   node scripts/server.mjs [--dev] [-p PORT] [-H HOST]     (PORT and HOSTNAME from the environment too)
 *
 * It answers what Next itself would fail on with a 500, before Next sees it, and passes everything else
 * to Next as it is:
 *  - the methods TRACE, TRACK and CONNECT (Next turns every request into a fetch Request, and fetch
 *    refuses them): a 405 with `Allow`;
 *  - a path with an undecodable percent-escape (`/mock/%zz`; Next's router throws on it): under /mock the
 *    mock org's answer to a path it does not know (the REST API's 404), elsewhere a JSON 400.
 */
import { createServer } from 'node:http';
import next from 'next';

const FORBIDDEN_BY_FETCH = new Set(['TRACE', 'TRACK', 'CONNECT']);

function option(flags, fallback) {
  const index = process.argv.findIndex((arg) => flags.includes(arg));
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const dev = process.argv.includes('--dev');
const port = Number(option(['-p', '--port'], process.env.PORT ?? 3000));
const hostname = option(['-H', '--hostname'], process.env.HOSTNAME ?? 'localhost');

function answer(request, response, status, value, headers = {}) {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
  request.resume();
}

function decodable(url) {
  try {
    decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
    return true;
  } catch {
    return false;
  }
}

/** What the mock org answers for a path it does not know (mocks/http/responses.ts notFoundResponse). */
const MOCK_NOT_FOUND = [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }];

/** Answers the request itself when Next would fail on it; false when Next may have it. */
function refused(request, response) {
  if (FORBIDDEN_BY_FETCH.has(request.method ?? '')) {
    const description = `HTTP method ${request.method} is not allowed`;
    answer(request, response, 405, { error: 'invalid_request', error_description: description }, { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' });
  } else if (decodable(request.url)) {
    return false;
  } else if (/^\/mock(?:[/?#]|$)/.test(request.url ?? '')) {
    answer(request, response, 404, MOCK_NOT_FOUND);
  } else {
    answer(request, response, 400, { error: 'invalid_request', error_description: 'The path is not valid percent-encoding.' });
  }
  return true;
}

const httpServer = createServer();
const app = next({ dev, hostname, port, httpServer });
const handle = app.getRequestHandler();
await app.prepare();

httpServer.on('request', (request, response) => {
  if (!refused(request, response)) handle(request, response);
});
httpServer.listen(port, hostname === 'localhost' ? undefined : hostname, () => {
  console.log(`Salesforce OAuth Playground on http://${hostname}:${port} (${dev ? 'development' : 'production'})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    httpServer.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
