'use client';
import { useSyncExternalStore } from 'react';
import type { Runner, RunnerSnapshot } from '@/flows/runner';

const noop = () => () => {};
const nothing = () => undefined;

/**
 * How long a step may run before the page shows it as running. Most steps against the in-page mock org
 * finish well within it: they then render once, with their result, instead of painting a "running"
 * frame first (a spinner that flashes for a few milliseconds helps nobody and costs a frame).
 */
export const RUNNING_SHOWN_AFTER_MS = 150;

const subscribers = new WeakMap<Runner<unknown>, (listener: () => void) => () => void>();

/** The runner's subscribe, with changes that leave a step running passed on only once it has run a while. */
function delayedSubscribe(runner: Runner<unknown>): (listener: () => void) => () => void {
  let subscribe = subscribers.get(runner);
  if (!subscribe) {
    subscribe = (listener) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = runner.subscribe(() => {
        clearTimeout(timer);
        if (runner.getSnapshot().running) timer = setTimeout(listener, RUNNING_SHOWN_AFTER_MS);
        else listener();
      });
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    };
    subscribers.set(runner, subscribe);
  }
  return subscribe;
}

/** The runner's current snapshot, re-rendering on every change (a running step after a short delay); undefined until the engine has loaded. */
export function useRunnerSnapshot(runner: Runner<unknown> | undefined): RunnerSnapshot<unknown> | undefined {
  return useSyncExternalStore(runner ? delayedSubscribe(runner) : noop, runner ? runner.getSnapshot : nothing, nothing);
}
