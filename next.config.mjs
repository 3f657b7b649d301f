/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) with `tsc` before building.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
