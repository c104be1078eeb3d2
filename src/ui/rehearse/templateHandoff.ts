// Hands the Lab editor's template to the Rehearse page: the text goes through sessionStorage (this
// tab only, gone when it closes), never through the URL, so a template never lands in history,
// logs or a shared link. Rehearse takes it once.

const KEY = 'canary-lab:rehearse-template';
/** Far above any real template; a larger text is not handed over (the page would still accept a paste). */
export const HANDOFF_MAX_CHARS = 500_000;

/** Keeps `text` for the Rehearse page; false when it cannot (too large, or storage refused it). */
export function handTemplateToRehearse(text: string, storage: Storage = sessionStorage): boolean {
  if (text.length > HANDOFF_MAX_CHARS) return false;
  try {
    storage.setItem(KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** The handed-over template, removed as it is read, or undefined when there is none. */
export function takeHandedTemplate(storage: Storage = sessionStorage): string | undefined {
  try {
    const text = storage.getItem(KEY);
    storage.removeItem(KEY);
    return text ?? undefined;
  } catch {
    return undefined;
  }
}
