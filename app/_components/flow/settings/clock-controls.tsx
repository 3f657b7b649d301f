'use client';
import { useState } from 'react';
import type { Engine } from '../engine/engine';

const JUMPS = [
  { seconds: 10 * 60, label: '+10 minutes', why: 'past the device code lifetime' },
  { seconds: 16 * 60, label: '+16 minutes', why: 'past the authorization code lifetime' },
  { seconds: 2 * 3600 + 60, label: '+2 hours 1 minute', why: 'past the default session timeout: the access token expires' },
];

/** Time travel on the mock org: expire a code or a session on purpose. */
export function ClockControls({ engine }: { engine: Engine }) {
  const [now, setNow] = useState(() => engine.org.now());
  return (
    <div className="mt-6">
      <h3 className="font-semibold">The org’s clock</h3>
      <p className="text-sm" aria-live="polite">
        Org time: <time dateTime={new Date(now).toISOString()}>{new Date(now).toISOString().replace('T', ' ').slice(0, 19)} UTC</time>
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {JUMPS.map((j) => (
          <button
            key={j.seconds}
            type="button"
            title={j.why}
            onClick={() => {
              engine.org.advanceClock(j.seconds);
              setNow(engine.org.now());
            }}
            className="rounded border border-slate-400 px-3 py-1.5 text-sm dark:border-slate-500"
          >
            {j.label} <span className="sr-only">({j.why})</span>
          </button>
        ))}
      </div>
    </div>
  );
}
