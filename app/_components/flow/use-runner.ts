'use client';
import { useSyncExternalStore } from 'react';
import type { Runner, RunnerSnapshot } from '@/flows/runner';

const noop = () => () => {};
const nothing = () => undefined;

/** The runner's current snapshot, re-rendering on every change; undefined until the engine has loaded. */
export function useRunnerSnapshot(runner: Runner<unknown> | undefined): RunnerSnapshot<unknown> | undefined {
  return useSyncExternalStore(
    runner ? runner.subscribe : noop,
    runner ? runner.getSnapshot : nothing,
    nothing,
  );
}
