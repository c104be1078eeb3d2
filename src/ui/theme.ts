// The theme follows the system until the learner picks one; the pick is kept in localStorage (the
// one setting that must be known before first paint, by the inline script in index.html).
export type ThemeName = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'canary-lab:theme';

export function storedTheme(): ThemeName | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage blocked (private mode, policy): follow the system
  }
}

export function systemTheme(): ThemeName {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function effectiveTheme(): ThemeName {
  return storedTheme() ?? systemTheme();
}

export function applyTheme(theme: ThemeName): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // not persisted, but still applied for this visit
  }
}

/** Forgets the pick and follows the system again. */
export function followSystemTheme(): void {
  delete document.documentElement.dataset.theme;
  try {
    localStorage.removeItem(THEME_STORAGE_KEY);
  } catch {
    // nothing stored
  }
}
