import Link from 'next/link';
import { allFlows } from '@/flows';
import { getFlowContent } from '@/content';
import { StatusBadge } from '@/app/_components/prose/flow-guide';
import { InlineText } from '@/app/_components/prose/inline-text';

export default function Home() {
  return (
    <div className="space-y-6">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">Salesforce OAuth Playground</h1>
        <p className="mt-2">
          Step through Salesforce’s OAuth 2.0 and OpenID Connect flows one HTTP request at a time: the exact request
          (editable before it is sent), the exact response, decoded and verified JWTs, PKCE derived byte by byte, and
          the why of every parameter. By default everything runs against a mock Salesforce org inside this tab: nothing
          to set up, nothing leaves the browser. Each flow page can also run against your own org.
        </p>
      </header>
      <section aria-labelledby="lab-heading" className="max-w-3xl rounded-lg border border-slate-300 p-4 dark:border-slate-700">
        <h2 id="lab-heading" className="text-xl font-semibold">
          <Link href="/lab" className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
            Error lab
          </Link>
        </h2>
        <p className="mt-1">
          Reproduce the errors customers hit (redirect_uri mismatches, wrong hosts, secrets, scopes, PKCE, expired codes and
          refresh tokens, blocked flows) in one click, with the exact error, its cause and its fix; or paste what a customer saw
          and get the diagnosis.
        </p>
      </section>
      <section aria-labelledby="architects-heading" className="max-w-3xl rounded-lg border border-slate-300 p-4 dark:border-slate-700">
        <h2 id="architects-heading" className="text-xl font-semibold">
          <Link href="/choose" className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
            Choose a flow
          </Link>
        </h2>
        <p className="mt-1">
          A few questions about the integration (who signs in, what it can keep secret) and you get the flow, the reasons, the
          runner-up, every other flow ruled out and why, Salesforce&rsquo;s status with dates, and the app checklist; or{' '}
          <Link href="/compare" className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
            compare flows side by side
          </Link>
          .
        </p>
      </section>
      <section aria-labelledby="flows-heading">
        <h2 id="flows-heading" className="text-xl font-semibold">
          Flows
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-2">
          {allFlows.map((flow) => {
            const content = getFlowContent(flow.id);
            return (
              <li key={flow.id} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
                <h3 className="text-lg font-semibold">
                  <Link href={`/flows/${flow.id}`} className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
                    {content?.title ?? flow.name}
                  </Link>
                </h3>
                <p className="mt-1">
                  <InlineText text={content?.summary ?? flow.summary} />
                </p>
                {content && (
                  <p className="mt-2">
                    <StatusBadge status={content.status} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading" className="text-xl font-semibold">
          After any flow
        </h2>
        <p className="mt-2 max-w-3xl">
          <Link href="/tools" className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
            Token tools
          </Link>
          : revoke, introspect, UserInfo and the identity URL, one request each, for a pasted token. Every flow page has
          the same tools for the tokens it produced.
        </p>
      </section>
    </div>
  );
}
