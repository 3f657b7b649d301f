#!/usr/bin/env node
/**
 * The playground's server: Next's request handler behind a plain node:http server.
 *
 *   node scripts/server.mjs [--dev] [-p PORT] [-H HOST]     (PORT and HOSTNAME from the environment too)
 *
 * It exists for one reason: Next turns every request into a fetch Request, and fetch refuses the methods
 * TRACE, TRACK and CONNECT, so `next start` answers them with a 500. Here they get a 405 with `Allow`
 * before Next sees them, and everything else goes to Next as it is.
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

function refuseMethod(request, response) {
  const body = JSON.stringify({ error: 'invalid_request', error_description: `HTTP method ${request.method} is not allowed` });
  response.writeHead(405, {
    Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
  request.resume();
}

const httpServer = createServer();
const app = next({ dev, hostname, port, httpServer });
const handle = app.getRequestHandler();
await app.prepare();

httpServer.on('request', (request, response) => {
  if (FORBIDDEN_BY_FETCH.has(request.method ?? '')) return refuseMethod(request, response);
  return handle(request, response);
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
