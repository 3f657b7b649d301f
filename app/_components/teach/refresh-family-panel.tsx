'use client';
import type { FamilyTokenStatus, FamilyUse, RefreshTokenFamily } from '@/flows/refresh-token/family';
import { ScrollRegion } from './scroll-region';
import { BODY, CAPTION, CELL, HEAD, HEAD_ROW, ROW, ROW_HEADER, TABLE } from './table-classes';

interface Props {
  family: RefreshTokenFamily;
  /** A step's title by id, to say which step issued a token or used one. */
  stepTitle: (stepId: string) => string;
}

const STATUS: Record<FamilyTokenStatus, { sign: string; label: string; tone: string }> = {
  current: {
    sign: '●',
    label: 'current: the one to use next',
    tone: 'border-green-700 bg-green-50 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-100',
  },
  retired: {
    sign: '○',
    label: 'retired by rotation: replaying it revokes the family',
    tone: 'border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  },
  revoked: {
    sign: '✕',
    label: 'revoked with its family',
    tone: 'border-red-700 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
  },
  refused: {
    sign: '✕',
    label: 'refused (expired by policy or revoked)',
    tone: 'border-red-700 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
  },
};

function StatusBadge({ status }: { status: FamilyTokenStatus }) {
  const { sign, label, tone } = STATUS[status];
  return (
    <span className={`inline-block rounded border px-2 py-0.5 ${tone}`}>
      <span aria-hidden="true" className="font-bold">
        {sign}{' '}
      </span>
      {label}
    </span>
  );
}

function describeUse(use: FamilyUse): string {
  switch (use.result) {
    case 'rotated':
      return 'a new access token and a new refresh token; the one sent is retired';
    case 'kept':
      return 'a new access token; no new refresh token, the one sent stays current';
    case 'refused':
      return `refused: ${use.error ?? ''}`;
  }
}

/** The refresh token family so far: every refresh token issued, by which step, and what became of it. */
export function RefreshFamilyPanel({ family, stepTitle }: Props) {
  return (
    <div className="mt-6" data-testid="refresh-family-panel" data-family-revoked={family.revoked}>
      <h3 className="font-semibold">The refresh token family, from the responses as received</h3>
      <ScrollRegion label="Refresh tokens issued in this family">
        <table className={TABLE}>
          <caption className={CAPTION}>Refresh tokens issued, oldest first</caption>
          <thead className={HEAD}>
            <tr className={HEAD_ROW}>
              <th scope="col" className="py-1 pr-3">Refresh token</th>
              <th scope="col" className="py-1 pr-3">Issued by</th>
              <th scope="col" className="py-1">Status</th>
            </tr>
          </thead>
          <tbody className={BODY}>
            {family.tokens.map((token, index) => (
              <tr key={token.token} className={ROW} data-status={token.status}>
                <th scope="row" className={`${ROW_HEADER} font-mono break-all @md:whitespace-nowrap`}>
                  {index + 1}. {token.short}
                </th>
                <td className={`${CELL} pr-3`}>{stepTitle(token.issuedBy)}</td>
                <td className={CELL}>
                  <StatusBadge status={token.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {family.uses.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold">Each refresh, in order</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm">
            {family.uses.map((use, index) => (
              <li key={`${use.stepId}-${index}`} className="break-words">
                {stepTitle(use.stepId)}: sent <code className="font-mono break-all">{use.presented}</code>, got {describeUse(use)}.
              </li>
            ))}
          </ol>
        </>
      )}
      {family.revoked && (
        <p className={`mt-3 rounded border p-3 ${STATUS.revoked.tone}`} data-testid="family-revoked">
          <span aria-hidden="true" className="font-bold">
            ✕{' '}
          </span>
          Family revoked: a retired refresh token came back, so Salesforce revoked every refresh token and access token of this approval. The user
          has to log in again.
        </p>
      )}
    </div>
  );
}
