'use client';
import { useEffect, useState } from 'react';
import { CallbackParams } from './callback-params';
import { handOff } from './handoff';

/**
 * Opened as the popup of a flow page (a real org's login): hands the address to that page, clears it
 * from this window, and closes. Opened any other way: shows the parameters as text.
 */
export function CallbackHandoff() {
  const [mode, setMode] = useState<'reading' | 'handed' | 'shown'>('reading');
  useEffect(() => {
    const handed = handOff(window);
    // Deciding needs window.opener, which exists only in the browser: hence state set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMode(handed ? 'handed' : 'shown');
    if (handed) window.setTimeout(() => window.close(), 50);
  }, []);
  if (mode === 'reading') return <p role="status">Reading the address…</p>;
  if (mode === 'handed') {
    return (
      <p role="status">
        Handed to the flow page that opened this window, which checks the state and goes on. This window closes now; if it stays open, close it.
      </p>
    );
  }
  return <CallbackParams />;
}
