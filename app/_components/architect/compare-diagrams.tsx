import { getFlow } from '@/flows';
import { sequenceDiagram } from '@/flows/diagram';
import { CATALOGUE, type PlaygroundFlowId } from '@/content/architect/catalogue';
import { FLOW_FACTS } from '@/content/architect/flow-facts';
import { SequenceDiagram } from '@/app/_components/diagram/sequence-diagram';
import { MUTED } from './styles';

/** The flows' sequence diagrams side by side (stacked when narrow), each with the message that returns the token marked. */
export function CompareDiagrams({ ids }: { ids: readonly PlaygroundFlowId[] }) {
  return (
    <section aria-labelledby="diagrams-heading" className="space-y-3">
      <h2 id="diagrams-heading" className="text-xl font-semibold">
        Sequence diagrams
      </h2>
      <p className={`text-sm ${MUTED}`}>Each flow as the playground runs it; the highlighted message is the one that returns the first token.</p>
      {/* Three drawings side by side take the window's width on wide screens, past the page's column. */}
      <div className={`grid gap-4 lg:grid-cols-2 ${ids.length === 3 ? 'xl:relative xl:left-1/2 xl:w-[calc(100vw-3rem)] xl:-translate-x-1/2 xl:grid-cols-3' : ''}`}>
        {ids.map((id) => {
          const flow = getFlow(id)!;
          return (
            <div key={id} className="min-w-0">
              <SequenceDiagram {...sequenceDiagram(flow)} activeStepId={FLOW_FACTS[id].tokenSteps.to} name={CATALOGUE[id].name} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
