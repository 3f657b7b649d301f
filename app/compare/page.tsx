import type { Metadata } from 'next';
import Link from 'next/link';
import { CATALOGUE } from '@/content/architect/catalogue';
import { compareRows, MIN_COMPARED, readCompared } from '@/content/architect/compare';
import { ComparePicker } from '@/app/_components/architect/compare-picker';
import { CompareTable } from '@/app/_components/architect/compare-table';
import { CompareDiagrams } from '@/app/_components/architect/compare-diagrams';
import { LINK } from '@/app/_components/architect/styles';

export const metadata: Metadata = { title: 'Compare flows' };

export default async function ComparePage({ searchParams }: PageProps<'/compare'>) {
  const { ids, ignored, tooMany } = readCompared((await searchParams).flows);
  const ready = ids.length >= MIN_COMPARED;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold sm:text-3xl">{ready ? `Compare: ${ids.map((id) => CATALOGUE[id].name).join(', ')}` : 'Compare flows'}</h1>
        <p className="mt-2">
          Two or three flows side by side: who takes part, the round trips, what the client holds and what crosses the browser, what
          comes back, what Setup needs, what an attacker gets with each thing stolen or intercepted, and Salesforce&rsquo;s status.
          Not sure which flows? <Link href="/choose" className={LINK}>Choose a flow</Link> first.
        </p>
      </header>
      {(ignored.length > 0 || tooMany) && (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950">
          {tooMany ? 'Only the first three flows are compared. ' : ''}
          {ignored.length > 0 ? `${ignored.length === 1 ? 'One name' : `${ignored.length} names`} in the address ${ignored.length === 1 ? 'is' : 'are'} not a flow of the playground and left out.` : ''}
        </p>
      )}
      {ready ? (
        <>
          <CompareTable ids={ids} rows={compareRows(ids)} />
          <CompareDiagrams ids={ids} />
        </>
      ) : (
        <p className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">Pick at least two flows below.</p>
      )}
      <ComparePicker chosen={ids} />
    </div>
  );
}
