/**
 * The login page. Its form is a contract: the page's simulated browser and the headless driver read it
 * with regular expressions, so attribute order and quoting must stay exactly as they are.
 */
import { escapeHtml } from './escape';
import { page } from './layout';

export const LOGIN_ERROR =
  "Please check your username and password. If you still can't log in, contact your Salesforce administrator.";

export interface LoginPageInput {
  action: string;
  startUrl: string;
  username?: string;
  failed?: boolean;
}

export function loginPage(input: LoginPageInput): string {
  const error = input.failed ? `<p class="error" id="error" role="alert">${LOGIN_ERROR}</p>` : '';
  const body = [
    '<h1>Log In</h1>',
    error,
    `<form method="post" action="${escapeHtml(input.action)}" id="login_form">`,
    `<input type="hidden" name="startURL" value="${escapeHtml(input.startUrl)}">`,
    '<label for="username">Username</label>',
    `<input type="email" name="username" id="username" value="${escapeHtml(input.username ?? '')}" autocomplete="username" required>`,
    '<label for="password">Password</label>',
    '<input type="password" name="pw" id="password" autocomplete="current-password" required>',
    '<button type="submit" name="Login" value="Log In" class="primary">Log In</button>',
    '</form>',
  ];
  return page('Login | Salesforce', body.join('\n'));
}
