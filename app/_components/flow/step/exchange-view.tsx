'use client';
import { memo } from 'react';
import { requestToHttp11, responseToHttp11, type Exchange } from '@/flows/http';
import { CodeBlock } from '@/app/_components/code/code-block';

/** One recorded round trip: the request exactly as sent and the response exactly as received. */
export const ExchangeView = memo(function ExchangeView({ exchange, headingLevel = 3 }: { exchange: Exchange; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="mt-4 space-y-2" data-exchange-id={exchange.id}>
      <H className="font-semibold">Sent</H>
      <CodeBlock code={requestToHttp11(exchange.request)} lang="http" label={`Request sent, ${exchange.request.method} ${exchange.request.url}`} />
      <H className="font-semibold">
        Received <span className="font-normal text-slate-600 dark:text-slate-400">in {exchange.durationMs} ms</span>
      </H>
      {exchange.response ? (
        <CodeBlock code={responseToHttp11(exchange.response)} lang="http" label={`Response, status ${exchange.response.status}`} />
      ) : (
        <p role="alert" className="text-red-700 dark:text-red-400">
          No response: {exchange.transportError}
        </p>
      )}
    </div>
  );
});
