/**
 * Classes shared by the teaching panels' tables. Inside a frame narrower than 28rem (a phone, or a
 * narrow column) the table lays out as blocks: each row stacks its name above its value, long values
 * wrap within the frame, and the column headings are left to screen readers (Chromium keeps the table
 * semantics of a table displayed as blocks).
 */
export const TABLE = 'w-full border-collapse text-left text-sm @max-md:block';
export const CAPTION = 'pb-1 text-left font-semibold @max-md:block';
export const HEAD = '@max-md:sr-only';
export const HEAD_ROW = 'border-b border-slate-300 dark:border-slate-700';
export const BODY = '@max-md:block';
export const ROW = 'border-b border-slate-200 align-top dark:border-slate-800 @max-md:block @max-md:py-2';
export const ROW_HEADER = 'py-2 pr-3 font-normal @max-md:block @max-md:p-0';
export const CELL = 'py-2 @max-md:block @max-md:p-0 @max-md:pt-1';
