import type { ReactNode } from 'react';

/**
 * A table's frame: a size container, so the table can stack its rows when the frame is narrow, and a
 * labelled, focusable region, so whatever still overflows can be scrolled from the keyboard.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="@container mt-2 max-w-full overflow-x-auto rounded">
      {children}
    </div>
  );
}
