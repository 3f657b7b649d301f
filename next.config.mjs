/**
 * A strict Content-Security-Policy as a static header, so pages stay statically rendered: no third-party
 * origin anywhere; scripts from this site only, plus inline ones ('unsafe-inline': Next writes the page's
 * data in inline scripts, and without a per-request nonce they cannot be told apart; a nonce would make
 * every page dynamic). Everything from a response is rendered as React text, so the policy is a second
 * line. connect-src: the page talks to its own /relay and, on the direct path, to Salesforce's hosts. /mock (Salesforce's stand-in pages,
 * which post and redirect like Salesforce) is left out.
 */
const isDev = process.env.NODE_ENV !== 'production';

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Its own /relay, and Salesforce's hosts for the direct path (CORS) to a real org.
  "connect-src 'self' https://login.salesforce.com https://test.salesforce.com https://*.my.salesforce.com https://*.my.site.com https://*.force.com",
  "frame-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const pageHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Salesforce answers /services/data/v62.0/ itself; a framework 308 to the slash-less path is not its wire.
  skipTrailingSlashRedirect: true,
  // `npm test` type-checks the whole project (tests included) with `tsc` before building.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: '/', headers: pageHeaders },
      { source: '/:path((?!mock(?:/|$)).*)', headers: pageHeaders },
      // The code (or tokens) in the callback's address must never leave in a Referer.
      { source: '/callback', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
    ];
  },
};

export default nextConfig;
