'use client';
import { useEffect, useState } from 'react';

/**
 * A value that follows `value` once the frame showing the rest of the change has been painted and the
 * main thread is idle: for the parts of a step's result that explain it (the teaching panels), so that
 * the response itself is on the screen first.
 */
export function useShownAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => setShown(value), { timeout: 200 });
      else timer = setTimeout(() => setShown(value), 16);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
