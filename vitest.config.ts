import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['flows/**/*.test.ts', 'lab/**/*.test.ts', 'mocks/**/*.test.ts', 'content/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
  },
});
