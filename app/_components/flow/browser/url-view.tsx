/** An address as a browser's address bar shows it, with its query parameters laid out to read. */
export function UrlView({ url, label }: { url: string; label: string }) {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const params = parsed ? [...parsed.searchParams] : [];
  return (
    <div>
      <p className="rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm break-all dark:border-slate-500 dark:bg-slate-900">
        <span className="sr-only">{label}: </span>
        <span data-testid="address">{url}</span>
      </p>
      {params.length > 0 && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer">Query parameters ({params.length})</summary>
          <dl className="mt-1 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-0.5">
            {params.map(([name, value], i) => (
              <div key={`${name}-${i}`} className="contents">
                <dt className="font-mono font-semibold break-all">{name}</dt>
                <dd className="font-mono break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
