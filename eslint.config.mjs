import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const forbidInFlows = ['react', 'react-dom', 'next', 'msw'].flatMap((name) => [
  { name, message: 'flows/ is pure TypeScript: it must not depend on React, Next or MSW.' },
]);

/** Subpaths of the same packages (`next/server`, `msw/node`). */
const NO_FRAMEWORKS = { group: ['react/*', 'react-dom/*', 'next/*', 'msw/*'], message: 'flows/ must not depend on React, Next or MSW.' };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'public/mockServiceWorker.js', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench-results/**'],
  },
  {
    files: ['flows/**/*.ts'],
    ignores: ['flows/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidInFlows,
          patterns: [
            NO_FRAMEWORKS,
            { group: ['@/app', '@/app/*', '@/mocks', '@/mocks/*', '@/content', '@/content/*', '@/lab', '@/lab/*', '../app/*', '../mocks/*', '../content/*'], message: 'flows/ depends on nothing else in the project.' },
          ],
        },
      ],
    },
  },
  {
    // The flows' tests run them against the mock org, and only that.
    files: ['flows/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidInFlows,
          patterns: [
            NO_FRAMEWORKS,
            { group: ['@/app', '@/app/*', '@/content', '@/content/*', '@/lab', '@/lab/*'], message: 'flows/ tests may use the mock org (mocks/) and nothing else of the project.' },
          ],
        },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'next', 'next/*', '@/app/*', '../app/*', '@/content/*'], message: 'mocks/ may depend on flows/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lab/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbidInFlows.map(({ name }) => ({ name, message: 'lab/ is pure TypeScript: the page renders it, it renders nothing.' })),
          patterns: [
            { group: ['react/*', 'react-dom/*', 'next/*', 'msw/*'], message: 'lab/ must not depend on React, Next or MSW.' },
            { group: ['@/app', '@/app/*', '../app/*'], message: 'lab/ may depend on flows/, mocks/ and content/ only.' },
          ],
        },
      ],
    },
  },
];

export default config;
