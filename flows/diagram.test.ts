import { describe, expect, it } from 'vitest';
import { escapeMermaid, sequenceDiagram } from './diagram';
import type { FlowDefinition } from './types';
import { clientCredentialsFlow } from './client-credentials/client-credentials';
import { allFlows } from './index';
import { usernamePasswordFlow } from './username-password/username-password';
import { webServerFlow } from './web-server/web-server';

const twoSteps: FlowDefinition<object> = {
  id: 'two',
  name: 'Two',
  summary: '',
  inputs: [],
  initialState: () => ({}),
  steps: [
    { id: 'sign', title: 'Sign', kind: 'local', from: 'client', to: 'client', message: 'sign a JWT; exp < 3 min', run: async (s) => ({ ok: true, state: s }) },
    {
      id: 'token',
      title: 'Token',
      kind: 'back-channel',
      from: 'client',
      to: 'auth',
      message: 'POST /services/oauth2/token #1',
      reply: 'access_token',
      request: () => ({ method: 'POST', url: 'https://login.salesforce.com/services/oauth2/token', headers: [] }),
      process: async (_r, s) => ({ ok: true, state: s }),
    },
  ],
};

describe('sequenceDiagram', () => {
  it('declares only the parties used and draws a request and a dashed reply per call', () => {
    expect(sequenceDiagram(twoSteps)).toEqual({
      source: [
        'sequenceDiagram',
        '  participant client as Client app',
        '  participant auth as Salesforce authorization server',
        '  client->>client: sign a JWT#59; exp #lt; 3 min',
        '  client->>auth: POST /services/oauth2/token #35;1',
        '  auth-->>client: access_token',
      ].join('\n'),
      messageStepIds: ['sign', 'token', 'token'],
      text: [
        'Client app to Client app: sign a JWT; exp < 3 min',
        'Client app to Salesforce authorization server: POST /services/oauth2/token #1',
        'Salesforce authorization server to Client app: access_token',
      ],
      label: 'Sequence diagram, Two: 3 messages between Client app and Salesforce authorization server',
    });
  });

  it('gives every step of every flow at least one arrow, in step order', () => {
    for (const flow of allFlows) {
      const { messageStepIds, source, text } = sequenceDiagram(flow);
      expect([...new Set(messageStepIds)]).toEqual(flow.steps.map((s) => s.id));
      expect(source.split('\n').filter((line) => line.includes('>>'))).toHaveLength(messageStepIds.length);
      expect(text).toHaveLength(messageStepIds.length);
      // One drawn label per message (the page highlights the n-th label): nothing mermaid would split into lines.
      const labels = source.split('\n').filter((line) => line.includes('>>')).map((line) => line.slice(line.indexOf(': ') + 2));
      expect(labels.filter((label) => /[<>;\n]/.test(label))).toEqual([]);
      expect(text.every((line) => !/^\d/.test(line))).toBe(true);
    }
    const { source, messageStepIds } = sequenceDiagram(webServerFlow);
    expect(source.split('\n').slice(0, 6)).toEqual([
      'sequenceDiagram',
      '  actor user as User',
      '  participant browser as Browser',
      '  participant client as Client app',
      '  participant auth as Salesforce authorization server',
      '  participant api as Salesforce REST API',
    ]);
    expect(messageStepIds.filter((id) => id === 'authorize')).toHaveLength(7);
  });

  it('draws no user or browser for the flows without a front channel', () => {
    for (const flow of [clientCredentialsFlow, usernamePasswordFlow]) {
      expect(sequenceDiagram(flow).source.split('\n').slice(1, 4)).toEqual([
        '  participant client as Client app',
        '  participant auth as Salesforce authorization server',
        '  participant api as Salesforce REST API',
      ]);
    }
  });
});

describe('escapeMermaid', () => {
  it('replaces characters mermaid would read as syntax, and folds line breaks', () => {
    expect(escapeMermaid('a "b" <c>;\n#d')).toBe('a #quot;b#quot; #lt;c#gt;#59; #35;d');
  });
});
