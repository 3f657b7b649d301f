/**
 * The device verification pages on the login host (/setup/connect): type the code the device shows,
 * then, after "Allow Access?", the result. Like the login form, the code form is read by regular
 * expressions: keep its markup as it is.
 */
import { escapeHtml } from './escape';
import { page } from './layout';

export const DEVICE_CODE_ERROR = 'That code is not valid or has expired. Check the code on your device and try again.';

export interface DeviceCodePageInput {
  action: string;
  source: string;
  username: string;
  failed?: boolean;
}

export function deviceCodePage(input: DeviceCodePageInput): string {
  const error = input.failed ? `<p class="error" id="error" role="alert">${DEVICE_CODE_ERROR}</p>` : '';
  const body = [
    '<h1>Connect Your Device</h1>',
    error,
    `<p>Logged in as ${escapeHtml(input.username)}. Enter the code displayed on your device.</p>`,
    `<form method="post" action="${escapeHtml(input.action)}" id="device_code_form">`,
    `<input type="hidden" name="source" value="${escapeHtml(input.source)}">`,
    '<label for="user_code">Code</label>',
    '<input type="text" name="user_code" id="user_code" autocomplete="off" autocapitalize="characters" spellcheck="false" required>',
    '<button type="submit" name="save" value="Connect" class="primary">Connect</button>',
    '</form>',
  ];
  return page('Connect Your Device | Salesforce', body.join('\n'));
}

/** What the person sees after deciding; the device learns it on its next poll. No form: the visit ends here. */
export function deviceResultPage(decision: 'approved' | 'denied', appName: string): string {
  const body =
    decision === 'approved'
      ? ['<h1 data-device-result="approved">You’re Connected</h1>', `<p>${escapeHtml(appName)} on your device now has access. You can close this window and return to your device.</p>`]
      : ['<h1 data-device-result="denied">Access Denied</h1>', `<p>You denied access to ${escapeHtml(appName)}. You can close this window.</p>`];
  return page(`${decision === 'approved' ? 'Connected' : 'Access Denied'} | Salesforce`, body.join('\n'));
}
