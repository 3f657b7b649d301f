import { CATALOGUE, PLAYGROUND_FLOW_IDS, type PlaygroundFlowId } from '@/content/architect/catalogue';
import { BUTTON, MUTED } from './styles';

/** Pick two or three flows to compare: a plain GET form, so the choice is in the address. */
export function ComparePicker({ chosen }: { chosen: readonly PlaygroundFlowId[] }) {
  return (
    <form method="get" action="/compare" className="space-y-3">
      <fieldset className="min-w-0" aria-describedby="pick-help">
        <legend className="text-lg font-semibold">Flows to compare</legend>
        <p id="pick-help" className={`text-sm ${MUTED}`}>
          Tick two or three.
        </p>
        <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-4">
          {PLAYGROUND_FLOW_IDS.map((id) => (
            <div key={id} className="flex items-start gap-2">
              <input type="checkbox" id={`pick-${id}`} name="flows" value={id} defaultChecked={chosen.includes(id)} className="mt-1 h-4 w-4 shrink-0 accent-blue-700 dark:accent-blue-300" />
              <label htmlFor={`pick-${id}`}>{CATALOGUE[id].name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={BUTTON}>
        Compare
      </button>
    </form>
  );
}
