/** The frame of the org's own pages (login, consent, errors): plain, accessible HTML with a little CSS. */
import { escapeHtml } from './escape';

const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f3f3;color:#181818}
main{max-width:24rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d8d8d8;border-radius:.5rem}
.brand{margin:0 0 1.5rem;text-align:center;color:#0176d3;font-weight:700;font-size:1.5rem}
h1{font-size:1.25rem;margin:0 0 1rem}
label{display:block;margin:1rem 0 .25rem;font-size:.875rem}
input[type=email],input[type=password],input[type=text]{box-sizing:border-box;width:100%;padding:.6rem;border:1px solid #747474;border-radius:.25rem;font-size:1rem}
button{margin-top:1.25rem;padding:.6rem 1.2rem;border:1px solid #0176d3;border-radius:.25rem;font-size:1rem;cursor:pointer;background:#fff;color:#0176d3}
button.primary{background:#0176d3;color:#fff}
button:focus-visible,input:focus-visible{outline:3px solid #1b96ff;outline-offset:2px}
.error{padding:.75rem;border-left:4px solid #ba0517;background:#fef1ee;color:#8e030f}
.buttons{display:flex;gap:.75rem;justify-content:flex-end}
dt{font-weight:600;margin-top:.75rem}
dd{margin:0;font-family:ui-monospace,monospace;word-break:break-all}
`;

export function page(title: string, body: string, head = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    head,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<p class="brand">salesforce</p>',
    body,
    '</main>',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n');
}
