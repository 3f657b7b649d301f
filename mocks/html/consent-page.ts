/** The "Allow Access?" page. Like the login form, its form is read by regular expressions: keep it as it is. */
import { escapeHtml } from './escape';
import { page } from './layout';

export interface ConsentPageInput {
  action: string;
  source: string;
  appName: string;
  username: string;
  scopeDescriptions: string[];
}

export function consentPage(input: ConsentPageInput): string {
  const items = input.scopeDescriptions.map((d) => `<li>${escapeHtml(d)}</li>`).join('\n');
  const body = [
    '<h1>Allow Access?</h1>',
    `<p><strong>${escapeHtml(input.appName)}</strong> is asking to:</p>`,
    `<ul>\n${items}\n</ul>`,
    `<p>Do you want to allow access for ${escapeHtml(input.username)}?</p>`,
    `<form method="post" action="${escapeHtml(input.action)}" id="consent_form">`,
    `<input type="hidden" name="source" value="${escapeHtml(input.source)}">`,
    '<div class="buttons">',
    '<button type="submit" name="decision" value="allow" class="primary">Allow</button>',
    '<button type="submit" name="decision" value="deny">Deny</button>',
    '</div>',
    '</form>',
  ];
  return page('Allow Access? | Salesforce', body.join('\n'));
}
