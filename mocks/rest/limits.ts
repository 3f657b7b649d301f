/** GET /limits: the org's limits, each `{Max, Remaining}`; the daily API requests count what this org served. */
import type { OrgState } from '../state';
import { DAILY_API_LIMIT } from './session';

const FIXED: Record<string, number> = {
  DailyAsyncApexExecutions: 250000,
  DailyBulkApiBatches: 15000,
  DataStorageMB: 5,
  FileStorageMB: 20,
  SingleEmail: 15,
};

export function orgLimits(state: OrgState): Record<string, { Max: number; Remaining: number }> {
  return {
    DailyApiRequests: { Max: DAILY_API_LIMIT, Remaining: Math.max(0, DAILY_API_LIMIT - state.apiUsage) },
    ...Object.fromEntries(Object.entries(FIXED).map(([name, max]) => [name, { Max: max, Remaining: max }])),
  };
}
