import type { Metadata } from 'next';
import Link from 'next/link';
import { ThemeSwitch } from '@/app/_components/theme/theme-switch';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Salesforce OAuth Playground', template: '%s · Salesforce OAuth Playground' },
  description:
    'Step through every Salesforce OAuth 2.0 and OpenID Connect flow one HTTP request at a time, against a mock org or your own.',
};

/** Applies the saved theme (light, dark or system) before first paint. The preference is not a secret. */
const themeScript = `(function(){try{var p=localStorage.getItem('theme')||'system';var d=p==='dark'||(p==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 dark:border-slate-800">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-semibold text-slate-900 dark:text-white">
              Salesforce OAuth Playground
            </Link>
            <ThemeSwitch />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
