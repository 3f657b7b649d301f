/** The fragment's fields shown as a token response: the same fields, read in the page (state is checked, not kept). */
import type { Panel } from '../panels';
import type { UserAgentState } from './state';

export const fragmentPanel: Panel<UserAgentState> = {
  kind: 'token-response',
  steps: ['parse-fragment'],
  show: ({ state: { fragment, inputs } }) =>
    fragment && { response: Object.fromEntries(fragment.filter(([name]) => name !== 'state')), checksSignature: Boolean(inputs.clientSecret), source: 'fragment' },
};
