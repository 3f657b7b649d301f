/** Codes are single use and short-lived. */
import type { Scenario } from '../types';

export const CODE_SCENARIOS: Scenario[] = [
  {
    id: 'code-reused',
    family: 'authorization-code',
    title: 'Code used twice',
    symptom: 'The first code exchange works; a retry gets invalid authorization code.',
    flowId: 'web-server',
    actions: [{ run: 'exchange-code' }, { rerun: 'exchange-code' }],
    stepId: 'exchange-code',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'invalid authorization code' },
    cause: 'Authorization codes are single use: the callback was processed twice (a page reload, a double click, a retry after a timeout).',
    fix: 'Redeem each code once; on failure start the login again instead of retrying with the same code.',
  },
  {
    id: 'code-expired',
    family: 'authorization-code',
    title: 'Code expired',
    symptom: 'The code exchange fails with expired authorization code, mostly while debugging.',
    flowId: 'web-server',
    actions: [{ run: 'check-callback' }, { clockSeconds: 901 }, { run: 'exchange-code' }],
    stepId: 'exchange-code',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'expired authorization code' },
    cause: 'The code was redeemed after its lifetime (the mock org uses 15 minutes; Salesforce only says short-lived): a breakpoint, a slow queue, a user who left the tab.',
    fix: 'Redeem the code as soon as the callback arrives; if it expired, start the login again.',
  },
];
