/**
 * `npm run mock`: the mock Salesforce org on plain node:http, for other teams' test suites.
 *
 *   npm run mock -- [--port N] [--host H] [--seed org.json] [--log] [--max-tenants N] [--tenant-idle SECONDS]
 *
 * The port also comes from MOCK_PORT or PORT (default 8787); 0 takes a free one. The org answers at
 * {origin}/mock, tenants at {origin}/t/{name}.
 */
import { readFile } from 'node:fs/promises';
import { SeedFileError, seedFromJson } from './seed-file';
import { startMockServer, type MockServerOptions } from './standalone';

const USAGE = 'usage: npm run mock -- [--port N] [--host H] [--seed FILE] [--log] [--max-tenants N] [--tenant-idle SECONDS]';

class UsageError extends Error {}

function wholeNumber(flag: string, value: string | undefined, min: number): number {
  const number = Number(value);
  if (value === undefined || !Number.isSafeInteger(number) || number < min) throw new UsageError(`${flag} takes a whole number of ${min} or more`);
  return number;
}

async function options(args: string[]): Promise<MockServerOptions> {
  const result: MockServerOptions = { port: wholeNumber('MOCK_PORT', process.env.MOCK_PORT ?? process.env.PORT ?? '8787', 0), host: '127.0.0.1' };
  for (let i = 0; i < args.length; i += 1) {
    const [flag, value] = [args[i], args[i + 1]];
    const takesValue = () => (i += 1, value);
    if (flag === '--port' || flag === '-p') result.port = wholeNumber(flag, takesValue(), 0);
    else if (flag === '--host') result.host = takesValue() ?? '127.0.0.1';
    else if (flag === '--seed') result.seed = await seedFromJson(await readFile(takesValue() ?? '', 'utf8'));
    else if (flag === '--log') result.log = (line) => console.log(line);
    else if (flag === '--max-tenants') result.maxTenants = wholeNumber(flag, takesValue(), 1);
    else if (flag === '--tenant-idle') result.tenantIdleSeconds = wholeNumber(flag, takesValue(), 1);
    else throw new UsageError(`unknown option ${flag}`);
  }
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  const server = await startMockServer(await options(process.argv.slice(2)));
  console.log(`Mock Salesforce org on ${server.origin}/mock (tenants at ${server.origin}/t/{name}), ready in ${Math.round(performance.now() - started)} ms`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof SeedFileError) console.error(`${error.message}\n${error instanceof UsageError ? USAGE : 'in the seed file'}`);
  else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`no such seed file: ${(error as NodeJS.ErrnoException).path}`);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error('the port is in use: pass --port N (0 takes a free one)');
  else console.error(error);
  process.exit(2);
});
