#!/usr/bin/env node
/**
 * Starts the standalone mock org (mocks/server/cli.ts) with plain Node: the TypeScript is bundled once
 * with rolldown into node_modules/.cache (again only when a source file is newer), then run.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/salesforce-mock/cli.mjs');

function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

function stale() {
  try {
    const built = statSync(out).mtimeMs;
    return ['mocks', 'flows'].some((dir) => newest(join(root, dir)) > built);
  } catch {
    return true;
  }
}

if (stale()) {
  const { build } = await import('rolldown');
  mkdirSync(join(root, 'node_modules/.cache/salesforce-mock'), { recursive: true });
  await build({
    input: join(root, 'mocks/server/cli.ts'),
    platform: 'node',
    logLevel: 'warn',
    resolve: { alias: { '@': root } },
    // Packages stay imports from node_modules; only the project's own TypeScript is bundled.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@/') && !id.startsWith('\0'),
    output: { file: out, format: 'esm' },
  });
}
await import(pathToFileURL(out).href);
