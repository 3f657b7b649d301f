'use client';
import { useState } from 'react';
import Link from 'next/link';
import { ExchangeView } from '@/app/_components/flow/step/exchange-view';
import type { Reproduction } from './lab-engine';
import { WireView } from './wire-view';
import { InlineText } from '@/app/_components/prose/inline-text';

interface Props {
  scenarioId: string;
  title: string;
  flowId: string;
  flowName: string;
  /** Step titles by id, for the failing step's name. */
  stepTitles: Record<string, string>;
}

const button = 'rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/** "Reproduce": runs the scenario on a fresh mock org in this tab and shows the error exactly as sent. */
export function ScenarioRunner({ scenarioId, title, flowId, flowName, stepTitles }: Props) {
  const [result, setResult] = useState<Reproduction>();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function run() {
    setRunning(true);
    setFailure(undefined);
    try {
      const { reproduce } = await import('./lab-engine');
      setResult(await reproduce(scenarioId));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  }

  const failedStep = result?.failedStepId && result.failedStepId !== result.stepId ? stepTitles[result.failedStepId] : undefined;
  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={run} disabled={running} aria-label={`Reproduce on the mock: ${title}`} aria-busy={running}>
          {running ? 'Reproducing…' : 'Reproduce on the mock'}
        </button>
        <Link href={`/flows/${flowId}?scenario=${scenarioId}`} className="text-sm text-blue-700 underline underline-offset-2 dark:text-blue-300">
          Open it on the {flowName} page<span className="sr-only">: {title}</span>
        </Link>
      </div>
      <div aria-live="polite">
        {failure && (
          <p role="alert" className="mt-2 text-red-700 dark:text-red-400">
            The scenario could not run: {failure}
          </p>
        )}
        {result && (
          <div className="mt-3 rounded border border-slate-300 p-3 dark:border-slate-700" data-reproduced={result.reproduced ? 'yes' : 'no'} data-testid="reproduction">
            <p className="font-semibold">
              {result.reproduced ? '✓ Reproduced on the mock org, exactly:' : '✕ The mock answered differently from the catalogue:'}
            </p>
            {result.observed ? <WireView wire={result.observed} /> : <p>No error came back at this step.</p>}
            <p className="text-sm">
              At the step “{stepTitles[result.stepId] ?? result.stepId}”
              {failedStep && <> (the client then fails at “{failedStep}”)</>}.
            </p>
            {result.explanation && (
              <p className="mt-1 text-sm">
                <code className="font-mono">{result.explanation.term}</code>: <InlineText text={result.explanation.summary} />
              </p>
            )}
            {result.exchange && (
              <div data-testid="error-exchange">
                <ExchangeView exchange={result.exchange} headingLevel={4} />
              </div>
            )}
            {result.stepExchanges.length > 1 && (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold">Every request of this step ({result.stepExchanges.length}), in order</summary>
                {result.stepExchanges.map((exchange) => (
                  <ExchangeView key={exchange.id} exchange={exchange} headingLevel={4} />
                ))}
              </details>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
