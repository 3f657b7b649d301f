import type { Metadata } from 'next';
import Link from 'next/link';
import { LINK } from '@/app/_components/architect/styles';
import { decide } from '@/content/architect/decide';
import { readAnswers } from '@/content/architect/questions';
import { QuestionForm } from '@/app/_components/architect/question-form';
import { Recommendation } from '@/app/_components/architect/recommendation';
import { TimelineSection } from '@/app/_components/architect/timeline-section';

export const metadata: Metadata = { title: 'Choose a flow' };

export default async function ChoosePage({ searchParams }: PageProps<'/choose'>) {
  const answers = readAnswers(await searchParams);
  const decision = decide(answers);
  return (
    <div className="space-y-10">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">Choose a flow</h1>
        <p className="mt-2">
          Answer a few questions about the integration and get the Salesforce flow for it, with the reasons, the runner-up, every
          other flow ruled out and why, Salesforce&rsquo;s current status with dates, and the app checklist. The answers stay in the
          page&rsquo;s address, so the recommendation can be sent to a colleague.
        </p>
        {decision.complete && (
          <p className="mt-3 lg:hidden">
            <Link href="#recommendation" className={LINK}>
              Go to the recommendation: the {decision.recommended.flow.name}
            </Link>
          </p>
        )}
      </header>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="min-w-0">
          <QuestionForm answers={answers} />
        </div>
        <div className="min-w-0">
          {decision.complete ? (
            <Recommendation decision={decision} answers={answers} />
          ) : (
            <p className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
              Answer the first question, who is there when the integration signs in, and the recommendation appears here.
            </p>
          )}
        </div>
      </div>
      <TimelineSection />
    </div>
  );
}
