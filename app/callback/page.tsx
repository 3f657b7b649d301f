import type { Metadata } from 'next';
import { CallbackHandoff } from '@/app/_components/callback/callback-handoff';

export const metadata: Metadata = { title: 'Callback' };

/**
 * The callback URL registered on the mock org's apps and, for a real org, on the user's own app. Opened
 * as a flow page's popup, it hands the address to that page and closes; a client that runs the flow by
 * hand (curl, the README's walk-through) lands here and the page shows what Salesforce sent back, to copy.
 * Served with Referrer-Policy: no-referrer (next.config.mjs), so the code never leaves in a Referer.
 */
export default function CallbackPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Callback</h1>
      <p>
        Salesforce sent the browser back to this callback URL. What it carries is below: a <code>code</code> to redeem at
        the token endpoint, or an <code>error</code> with its description. Nothing here is sent to a server.
      </p>
      <CallbackHandoff />
    </div>
  );
}
