/** Classes the architect's pages share with the rest of the site. */
export const LINK = 'text-blue-700 underline underline-offset-2 dark:text-blue-300';
export const CARD = 'rounded-lg border border-slate-300 p-4 dark:border-slate-700';
export const MUTED = 'text-slate-600 dark:text-slate-400';
export const BUTTON =
  'rounded border border-blue-700 bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:border-blue-300 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200';
export const BUTTON_LINK =
  'inline-block rounded border border-slate-500 px-3 py-1.5 text-sm font-medium no-underline hover:bg-slate-100 dark:border-slate-400 dark:hover:bg-slate-800';
