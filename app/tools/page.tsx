import type { Metadata } from 'next';
import Link from 'next/link';
import { TOOLS_INTRO, TOOLS_PROSE } from '@/content/tools';
import { InlineText } from '@/app/_components/prose/inline-text';
import { ToolsPlayground } from '@/app/_components/tools/tools-playground';

export const metadata: Metadata = { title: 'Token tools' };

export default function ToolsPage() {
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <p className="text-sm text-slate-600 dark:text-slate-400">After any flow</p>
        <h1 className="text-2xl font-bold sm:text-3xl">Revoke, introspect, UserInfo and the identity URL</h1>
        <p className="mt-2">{TOOLS_INTRO}</p>
        <p className="mt-2">
          This page sends to a fresh mock org in this tab, which has issued no tokens yet: a pasted token is unknown to it,
          which is a good way to see Salesforce&apos;s answers to a bad token. To use tokens that work, run a flow (for
          example the <Link href="/flows/web-server" className="text-blue-700 underline underline-offset-2 dark:text-blue-300">Web Server flow</Link>)
          and use the same tools under it. Tokens stay in this tab&apos;s memory: never in the URL or in storage.
        </p>
      </header>
      <ToolsPlayground />
      <section aria-labelledby="tools-guide-heading" className="max-w-3xl space-y-4">
        <h2 id="tools-guide-heading" className="text-xl font-semibold">
          What each endpoint is for
        </h2>
        {Object.entries(TOOLS_PROSE).map(([id, prose]) => (
          <div key={id}>
            <h3 className="text-lg font-semibold">{prose.title}</h3>
            <p className="mt-1">
              <InlineText text={prose.request} />
            </p>
            <p className="mt-1">
              <InlineText text={prose.purpose} />
            </p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {prose.pitfalls.map((p) => (
                <li key={p}>
                  <InlineText text={p} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
