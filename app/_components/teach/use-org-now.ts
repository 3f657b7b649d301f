'use client';
import { useEffect, useState } from 'react';
import { engineNow, type Engine } from '@/app/_components/flow/engine/engine';

/**
 * The org's clock in milliseconds (the mock org's, or real time against a real org), read again every few seconds so relative times ("in 4
 * minutes") follow it, including after the clock controls move it forward.
 */
export function useOrgNow(engine: Engine, everyMs = 5000): number {
  const [now, setNow] = useState(() => engineNow(engine)());
  useEffect(() => {
    const read = engineNow(engine);
    const timer = setInterval(() => setNow(read()), everyMs);
    return () => clearInterval(timer);
  }, [engine, everyMs]);
  return now;
}
