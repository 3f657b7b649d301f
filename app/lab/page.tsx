import type { Metadata } from 'next';
import { getFlow } from '@/flows';
import { FAMILIES } from '@/lab/families';
import { scenariosOf } from '@/lab/catalogue';
import { describeActions, describeSetup } from '@/lab/describe';
import type { Scenario } from '@/lab/types';
import { DecoderForm } from './_components/decoder-form';
import { Explanation } from './_components/explanation';
import { ScenarioRunner } from './_components/scenario-runner';
import { WireView } from './_components/wire-view';

export const metadata: Metadata = { title: 'Error lab' };

function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const flow = getFlow(scenario.flowId);
  const stepTitles = Object.fromEntries((flow?.steps ?? []).map((s) => [s.id, s.title]));
  return (
    <li id={`scenario-${scenario.id}`} className="min-w-0 scroll-mt-4 rounded-lg border border-slate-300 p-4 [overflow-wrap:anywhere] dark:border-slate-700" data-scenario={scenario.id}>
      <h4 className="text-lg font-semibold">{scenario.title}</h4>
      <p className="mt-1 italic">“{scenario.symptom}”</p>
      <div className="mt-2">
        <span className="font-semibold">Salesforce answers </span>
        <WireView wire={scenario.expected} />
      </div>
      <Explanation cause={scenario.cause} fix={scenario.fix} />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold">How the lab reproduces it on the {flow?.name ?? scenario.flowId}</summary>
        <h5 className="mt-1 text-sm font-semibold">Changes to the demo setup</h5>
        <ul className="list-disc pl-5 text-sm">
          {describeSetup(scenario).map((line) => (
            <li key={line} className="break-words">
              {line}
            </li>
          ))}
        </ul>
        <h5 className="mt-1 text-sm font-semibold">Steps</h5>
        <ol className="list-decimal pl-5 text-sm">
          {describeActions(scenario).map((line, i) => (
            <li key={i} className="break-words">
              {line}
            </li>
          ))}
        </ol>
      </details>
      <ScenarioRunner scenarioId={scenario.id} title={scenario.title} flowId={scenario.flowId} flowName={flow?.name ?? scenario.flowId} stepTitles={stepTitles} />
    </li>
  );
}

export default function LabPage() {
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">Error lab</h1>
        <p className="mt-2">
          Reproduce the errors customers hit on a mock Salesforce org in this tab, see the exact error as Salesforce sends it, its
          cause and its fix; or paste what the customer saw and get the diagnosis.
        </p>
      </header>
      <section aria-labelledby="decoder-heading">
        <h2 id="decoder-heading" className="text-xl font-semibold">
          Decoder
        </h2>
        <p className="mt-1 max-w-3xl">Everything is read in this tab: nothing you paste leaves the browser.</p>
        <div className="mt-3">
          <DecoderForm />
        </div>
      </section>
      <section aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading" className="text-xl font-semibold">
          Scenarios
        </h2>
        <nav aria-label="Scenario families" className="mt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {FAMILIES.map((family) => (
              <li key={family.id}>
                <a href={`#family-${family.id}`} className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
                  {family.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {FAMILIES.map((family) => (
          <section key={family.id} id={`family-${family.id}`} aria-labelledby={`family-${family.id}-heading`} className="mt-6 scroll-mt-4" data-family={family.id}>
            <h3 id={`family-${family.id}-heading`} className="text-lg font-semibold">
              {family.title}
            </h3>
            <p className="mt-1">{family.summary}</p>
            <ul className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-2">
              {scenariosOf(family.id).map((scenario) => (
                <ScenarioCard key={scenario.id} scenario={scenario} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
