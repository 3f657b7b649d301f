'use client';
import { useEffect, useState } from 'react';
import type { Engine } from '@/app/_components/flow/engine';

/**
 * The mock org's clock in milliseconds, read again every few seconds so relative times ("in 4
 * minutes") follow it, including after the clock controls move it forward.
 */
export function useOrgNow(engine: Engine, everyMs = 5000): number {
  const [now, setNow] = useState(() => engine.org.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(engine.org.now()), everyMs);
    return () => clearInterval(timer);
  }, [engine, everyMs]);
  return now;
}
