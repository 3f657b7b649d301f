import type { Metadata } from 'next';
import { CallbackParams } from '@/app/_components/callback/callback-params';

export const metadata: Metadata = { title: 'Callback' };

/**
 * The callback URL registered on the mock org's apps. A client that runs the flow by hand (curl, the
 * README's walk-through) lands here: the page shows what Salesforce sent back, to copy.
 */
export default function CallbackPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Callback</h1>
      <p>
        Salesforce sent the browser back to this callback URL. What it carries is below: a <code>code</code> to redeem at
        the token endpoint, or an <code>error</code> with its description. Nothing here is sent anywhere.
      </p>
      <CallbackParams />
    </div>
  );
}
