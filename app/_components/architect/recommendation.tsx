import Link from 'next/link';
import { CATALOGUE, isPlaygroundFlow, type PlaygroundFlowId } from '@/content/architect/catalogue';
import { checklistFor } from '@/content/architect/checklist';
import { compareHref } from '@/content/architect/compare';
import type { Choice, Decision } from '@/content/architect/decide';
import { ecaDifferencesFor } from '@/content/architect/external-client-apps';
import { answersQuery, QUESTIONS, type Answers } from '@/content/architect/questions';
import { InlineText } from '@/app/_components/prose/inline-text';
import { ChecklistTable } from './checklist-table';
import { ChoiceCard } from './choice-card';
import { mockFlowHref } from './mock-link';
import { RuledOutList } from './ruled-out-list';
import { StatusSection } from './status-section';
import { BUTTON_LINK, CARD, LINK, MUTED } from './styles';

type Complete = Extract<Decision, { complete: true }>;

/** The playground flow that stands for a choice: itself, or the nearest one. */
function onPlayground(choice: Choice): PlaygroundFlowId {
  const key = choice.flow.key;
  return isPlaygroundFlow(key) ? key : choice.flow.notOnPlayground!.nearest;
}

function Assumed({ decision }: { decision: Complete }) {
  if (decision.assumed.length === 0) return null;
  const lines = decision.assumed.map((id) => {
    const question = QUESTIONS.find((q) => q.id === id)!;
    return `${question.text} ${question.options.find((o) => o.value === question.assumed)?.label ?? ''}`;
  });
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">Assumed for the questions left unanswered ({lines.length})</summary>
      <ul className="mt-1 list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

/** The chooser's answer: the recommendation and why, the runner-up, the status, the checklist, and every flow ruled out. */
export function Recommendation({ decision, answers }: { decision: Complete; answers: Answers }) {
  const { recommended, runnerUp, ruledOut } = decision;
  const tryId = onPlayground(recommended);
  const compared = [...new Set([tryId, ...(runnerUp ? [onPlayground(runnerUp)] : [])])];
  const name = recommended.flow.name;
  const browserPage = answers.cors === 'yes';
  return (
    <section id="recommendation" aria-labelledby="recommendation-heading" className="scroll-mt-4 space-y-8">
      <h2 id="recommendation-heading" className="text-2xl font-bold">
        Recommendation
      </h2>
      <Assumed decision={decision} />
      <div className={`${CARD} space-y-4`}>
        {!recommended.fits && <p className="font-semibold">No flow fits the answers as given; the nearest is one change away.</p>}
        <ChoiceCard choice={recommended} role="Recommended" headingId="recommended-heading" />
        {recommended.flow.notOnPlayground && (
          <p>
            Not on the playground yet. The nearest flow here is the {CATALOGUE[tryId].name}. <InlineText text={recommended.flow.notOnPlayground.how} />
          </p>
        )}
        <p className="flex flex-wrap gap-3">
          <Link href={mockFlowHref(tryId)} className={BUTTON_LINK}>
            Open the {CATALOGUE[tryId].name} on the mock org, set up as the checklist says
          </Link>
          {compared.length > 1 && (
            <Link href={compareHref(compared)} className={BUTTON_LINK}>
              Compare with the runner-up, the {CATALOGUE[compared[1]!].name}
            </Link>
          )}
        </p>
      </div>
      {runnerUp && (
        <div className={`${CARD} space-y-3`}>
          <ChoiceCard choice={runnerUp} role="Runner-up" headingId="runner-up-heading" />
        </div>
      )}
      <StatusSection name={name} status={recommended.status} />
      <ChecklistTable name={name} items={checklistFor(recommended.flow.key, { browserPage })} differences={ecaDifferencesFor(recommended.flow.key)} onPlayground={isPlaygroundFlow(recommended.flow.key)} />
      <RuledOutList flows={ruledOut} />
      <p className={`text-sm ${MUTED}`}>
        The answers are in this page&rsquo;s address:{' '}
        <Link href={`/choose?${answersQuery(answers)}#recommendation`} className={LINK}>
          link to this recommendation
        </Link>{' '}
        to send it to a colleague.
      </p>
    </section>
  );
}
