/** The JWT bearer flow's own panels: the key material as made or pasted, the assertion before and after signing. */
import type { Panel } from '../panels';
import type { JwtBearerState } from './state';

export const keyMaterialPanel: Panel<JwtBearerState> = {
  kind: 'key-material',
  steps: ['make-key'],
  show: ({ state }) => state.keyMaterial && { material: state.keyMaterial },
};

export const assertionPanel: Panel<JwtBearerState> = {
  kind: 'assertion',
  steps: ['build-assertion', 'sign-assertion'],
  show: ({ state }) => state.assertion && { assertion: state.assertion },
};
