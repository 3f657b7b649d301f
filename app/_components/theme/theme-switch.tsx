'use client';
import { useEffect, useSyncExternalStore } from 'react';

/**
 * Light, dark or system theme. The choice is kept in localStorage.theme (not a secret); the inline
 * script in app/layout.tsx applies it before first paint, this switch changes it and, on System,
 * follows the OS. Dark mode is the `dark` class on <html> (Tailwind's dark variant is class-based).
 */

type Theme = 'light' | 'dark' | 'system';

const OPTIONS: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
let current: Theme | undefined;

function readSaved(): Theme {
  try {
    const saved = localStorage.getItem('theme');
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function getTheme(): Theme {
  current ??= readSaved();
  return current;
}

function apply(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle('dark', dark);
}

function setTheme(theme: Theme): void {
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  current = theme;
  apply(theme);
  for (const listener of listeners) listener();
}

/** Also follows a choice made in another tab. */
function subscribe(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key !== null && e.key !== 'theme') return;
    current = readSaved();
    apply(current);
    listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function ThemeSwitch() {
  const theme = useSyncExternalStore(subscribe, getTheme, () => 'system');

  useEffect(() => {
    if (theme !== 'system') return;
    const query = matchMedia(DARK_QUERY);
    const follow = () => apply('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [theme]);

  return (
    <fieldset className="ml-auto flex items-center gap-2 text-sm">
      <legend className="sr-only">Theme</legend>
      <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">
        Theme
      </span>
      <div className="flex rounded border border-slate-400 dark:border-slate-500">
        {OPTIONS.map(({ value, label }) => (
          <label
            key={value}
            className="cursor-pointer px-2.5 py-1 text-slate-700 first:rounded-l last:rounded-r hover:underline has-[:checked]:bg-slate-800 has-[:checked]:text-white has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600 dark:text-slate-300 dark:has-[:checked]:bg-slate-200 dark:has-[:checked]:text-slate-900 dark:has-[:focus-visible]:outline-blue-300"
          >
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => setTheme(value)}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
