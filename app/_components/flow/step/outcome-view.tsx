'use client';
import { errorCode, type FlowError } from '@/flows/errors';
import type { StepOutcome } from '@/flows/types';
import type { GlossaryEntry } from '@/content/types';
import { InlineText } from '@/app/_components/prose/inline-text';

interface Props {
  outcome: StepOutcome<unknown>;
  explainError(error: string, description?: string): GlossaryEntry | undefined;
}

function describe(error: FlowError): { code: string; description?: string; where: string } {
  switch (error.kind) {
    case 'oauth':
      return { code: error.error, description: error.errorDescription, where: `Salesforce answered HTTP ${error.status}` };
    case 'callback':
      return { code: error.error, description: error.errorDescription, where: `Salesforce redirected to the callback with the error in the ${error.in}` };
    case 'salesforce-page':
      return { code: error.error, description: error.errorDescription, where: 'Salesforce showed this on its own page and did not redirect to the callback' };
    case 'rest':
      return { code: error.errorCode, description: error.message, where: `The REST API answered HTTP ${error.status}` };
    case 'validation':
      return { code: error.code, description: error.message, where: error.field ? `The client's own check, on ${error.field}` : "The client's own check" };
    case 'transport':
      return { code: 'no response', description: error.message, where: 'The request got no response' };
  }
}

/** What the step took from the response, or its error explained: cause and fix. */
export function OutcomeView({ outcome, explainError }: Props) {
  if (outcome.ok) {
    if (!outcome.notes?.length) return null;
    return (
      <div className="mt-4 rounded border border-green-700 bg-green-50 p-3 dark:border-green-500 dark:bg-green-950" role="status">
        <h3 className="font-semibold text-green-900 dark:text-green-200">✓ What the client took from this step</h3>
        <ul className="mt-1 list-disc pl-5">
          {outcome.notes.map((n) => (
            <li key={n} className="break-words">
              <InlineText text={n} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { code, description, where } = describe(outcome.error);
  const entry = explainError(errorCode(outcome.error), description);
  return (
    <div className="mt-4 rounded border border-red-700 bg-red-50 p-3 dark:border-red-400 dark:bg-red-950" role="alert" data-error-code={code}>
      <h3 className="font-semibold text-red-900 dark:text-red-200">
        ✕ <code className="font-mono">{code}</code>
        {description && <>: {description}</>}
      </h3>
      <p className="text-sm">{where}.</p>
      {entry && (
        <dl className="mt-2 space-y-1">
          <dt className="font-semibold">What it means</dt>
          <dd>
            <InlineText text={entry.summary} />
          </dd>
          {entry.cause && (
            <>
              <dt className="font-semibold">Usual cause</dt>
              <dd>
                <InlineText text={entry.cause} />
              </dd>
            </>
          )}
          {entry.fix && (
            <>
              <dt className="font-semibold">Fix</dt>
              <dd>
                <InlineText text={entry.fix} />
              </dd>
            </>
          )}
        </dl>
      )}
      {outcome.notes?.map((n) => (
        <p key={n} className="mt-1 text-sm">
          <InlineText text={n} />
        </p>
      ))}
    </div>
  );
}
