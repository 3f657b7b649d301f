'use client';
import Link from 'next/link';
import { InlineText } from '@/app/_components/prose/inline-text';
import type { ScenarioOnPage } from './engine/scenario-engine';

/** Which error lab scenario the page was opened with: its cause and fix, and the way back. */
export function ScenarioBanner({ scenario: opened }: { scenario: ScenarioOnPage }) {
  const { scenario, problem } = opened;
  if (!scenario) {
    return (
      <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950">
        {problem}
      </p>
    );
  }
  return (
    <section aria-labelledby="scenario-banner-heading" className="rounded border border-amber-700 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950" data-scenario={scenario.id}>
      <h2 id="scenario-banner-heading" className="font-semibold">
        Error lab scenario: {scenario.title}
      </h2>
      <p className="text-sm">The mock org and the client are set up as the scenario says, and its steps have run: the step below shows the error as sent.</p>
      <dl className="mt-1 space-y-1 text-sm">
        <dt className="font-semibold">Cause</dt>
        <dd>
          <InlineText text={scenario.cause} />
        </dd>
        <dt className="font-semibold">Fix</dt>
        <dd>
          <InlineText text={scenario.fix} />
        </dd>
      </dl>
      <p className="mt-1 text-sm">
        <Link href={`/lab#scenario-${scenario.id}`} className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
          Back to the error lab
        </Link>
      </p>
    </section>
  );
}
