'use client';
import { useEffect, useState } from 'react';
import dynamic from 'next/dynamic';
import { useAfterLoad } from '@/app/_components/flow/engine/use-after-load';
import type { ToolsEngine } from './tools-engine';

/** Loaded with the mock org, after the page's load event: nothing of it is on the first load. */
const TokenTools = dynamic(() => import('./token-tools').then((m) => m.TokenTools), { ssr: false });

/** The standalone tools: pasted tokens against a fresh mock org in this tab. */
export function ToolsPlayground() {
  const afterLoad = useAfterLoad();
  const [engine, setEngine] = useState<ToolsEngine>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    if (!afterLoad) return;
    let cancelled = false;
    import('./tools-engine')
      .then((m) => m.startToolsEngine())
      .then((e) => !cancelled && setEngine(e))
      .catch((err: unknown) => !cancelled && setLoadError(err instanceof Error ? err.message : String(err)));
    return () => {
      cancelled = true;
    };
  }, [afterLoad]);

  if (!engine) {
    return (
      <p role="status" className="rounded border border-slate-300 p-4 dark:border-slate-700">
        {loadError ? `The mock org could not start: ${loadError}` : 'Starting the mock Salesforce org in this tab…'}
      </p>
    );
  }
  return <TokenTools transport={engine.org.transport()} now={engine.org.now} defaults={engine.defaults} tokens={[]} glossary={engine.glossary} intro={false} />;
}
