/** Prose for each flow, looked up by the flow's id. */
import { clientCredentialsContent } from './flows/client-credentials';
import { deviceContent } from './flows/device';
import { jwtBearerContent } from './flows/jwt-bearer';
import { refreshTokenContent } from './flows/refresh-token';
import { userAgentContent } from './flows/user-agent';
import { usernamePasswordContent } from './flows/username-password';
import { webServerContent } from './flows/web-server';
import { webServerPkceContent } from './flows/web-server-pkce';
import type { FlowContent } from './types';

export const allFlowContent: readonly FlowContent[] = [webServerContent, webServerPkceContent, userAgentContent, refreshTokenContent, clientCredentialsContent, jwtBearerContent, usernamePasswordContent, deviceContent];

export function getFlowContent(id: string): FlowContent | undefined {
  return allFlowContent.find((content) => content.id === id);
}

export { explainError, GLOSSARY, lookupTerm } from './glossary';
export { inlineToPlainText, parseInline, type InlineNode } from './inline';
export type { FlowContent, FlowStatusLabel, GlossaryEntry, GlossaryKind, RealOrgSupport, RealOrgSupportLevel, SpecLink, StepContent } from './types';
