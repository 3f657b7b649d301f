'use client';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { RunnerSnapshot } from '@/flows/runner';

type Test = (snapshot: RunnerSnapshot<unknown>) => boolean;

/**
 * Resolves when React has committed a snapshot that passes a test: "the response is on the screen".
 * Used to record the page's own "step-latency" performance measures (read by `npm run bench`).
 */
export function useCommitWaiter(snapshot: RunnerSnapshot<unknown>) {
  const committed = useRef(snapshot);
  const waiters = useRef<Array<{ test: Test; resolve: () => void }>>([]);

  useLayoutEffect(() => {
    committed.current = snapshot;
    waiters.current = waiters.current.filter((w) => {
      if (!w.test(snapshot)) return true;
      w.resolve();
      return false;
    });
  }, [snapshot]);

  return useCallback(
    (test: Test) =>
      test(committed.current) ? Promise.resolve() : new Promise<void>((resolve) => waiters.current.push({ test, resolve })),
    [],
  );
}

export function markSend(): void {
  performance.clearMarks('step-send');
  performance.mark('step-send');
}

/** Ends the measure once the committed result has been painted: after the next frame. */
export function measureAfterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.measure('step-latency', 'step-send');
        resolve();
      }, 0),
    ),
  );
}
