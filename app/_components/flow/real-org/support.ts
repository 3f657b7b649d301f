/** The words for how well a flow runs against a real org from this page (each flow's content says what it needs). */
import type { RealOrgSupportLevel } from '@/content/types';

export const SUPPORT_TEXT: Record<RealOrgSupportLevel, string> = {
  works: 'Works from this page',
  'works-with-setup': 'Works, with setup on the org',
  'not-recommended': 'Possible, not recommended',
};
