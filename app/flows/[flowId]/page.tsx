import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allFlows, getFlow } from '@/flows';
import { sequenceDiagram } from '@/flows/diagram';
import { getFlowContent } from '@/content';
import { FlowGuide, StatusBadge } from '@/app/_components/prose/flow-guide';
import { InlineText } from '@/app/_components/prose/inline-text';
import { FlowPlayground } from '@/app/_components/flow/flow-playground';

export const dynamicParams = false;

export function generateStaticParams() {
  return allFlows.map((flow) => ({ flowId: flow.id }));
}

export async function generateMetadata({ params }: PageProps<'/flows/[flowId]'>): Promise<Metadata> {
  const { flowId } = await params;
  return { title: getFlow(flowId)?.name ?? 'Flow' };
}

export default async function FlowPage({ params }: PageProps<'/flows/[flowId]'>) {
  const { flowId } = await params;
  const flow = getFlow(flowId);
  const content = getFlowContent(flowId);
  if (!flow || !content) notFound();

  const steps = flow.steps.map((s) => ({ id: s.id, title: s.title, kind: s.kind }));
  const prose = Object.fromEntries(
    flow.steps.map((s) => {
      const step = content.steps[s.id];
      return [
        s.id,
        step ? (
          <div className="space-y-2">
            <p>
              <InlineText text={step.why} />
            </p>
            {step.details?.map((d) => (
              <p key={d}>
                <InlineText text={d} />
              </p>
            ))}
          </div>
        ) : null,
      ];
    }),
  );

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">Salesforce flow</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{content.title}</h1>
        <p className="mt-2 max-w-3xl">
          <InlineText text={content.summary} />
        </p>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={content.status} />
          <span>
            <InlineText text={content.status.detail} />
          </span>
        </p>
      </header>
      <FlowPlayground flowId={flow.id} steps={steps} prose={prose} diagram={sequenceDiagram(flow)} realOrg={content.realOrg} />
      <FlowGuide content={content} />
    </div>
  );
}
