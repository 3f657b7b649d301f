import type { WireExpectation } from '@/lab/types';

const WHERE: Record<WireExpectation['shape'], string> = {
  'error-page': 'on Salesforce\'s error page (RemoteAccessErrorPage.apexp), not sent to the callback',
  redirect: 'in the redirect to the callback',
  'token-json': 'in the token endpoint\'s JSON body',
  rest: 'in the REST API\'s error array',
  absent: 'in a successful response',
};

/** An error as it travels: code, description, status and where it shows. */
export function WireView({ wire }: { wire: WireExpectation }) {
  if (wire.shape === 'absent') {
    return (
      <p data-wire-shape="absent">
        No error: HTTP {wire.status}, and no <code className="font-mono">{wire.field}</code> {WHERE.absent}.
      </p>
    );
  }
  return (
    <p data-wire-shape={wire.shape} data-wire-error={wire.error}>
      <code className="font-mono font-semibold">{wire.error}</code>
      {wire.description && (
        <>
          : <span className="font-mono">{wire.description}</span>
        </>
      )}{' '}
      <span className="text-sm text-slate-700 dark:text-slate-300">
        (HTTP {wire.status}, {WHERE[wire.shape]}
        {wire.shape === 'redirect' && wire.in ? `, in its ${wire.in}` : ''})
      </span>
    </p>
  );
}
