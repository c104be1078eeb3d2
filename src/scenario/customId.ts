/**
 * The id rule of custom scenarios (`custom-<slug>`, so one can never shadow a built-in scenario), without
 * the schemas: the Workshop's scenario builder names a copy before its form and the schemas load (issue 18).
 */

/** `custom-` plus lower-case words joined by single dashes, 48 characters at most. */
export const CUSTOM_ID_PATTERN = /^custom-[a-z0-9]+(-[a-z0-9]+)*$/;
export const CUSTOM_ID_MAX = 48;

export const isCustomScenarioId = (id: string): boolean => CUSTOM_ID_PATTERN.test(id) && id.length <= CUSTOM_ID_MAX;

/** A custom id from a title: "Canary vs linear!" → custom-canary-vs-linear. */
export function customIdFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CUSTOM_ID_MAX - 'custom-'.length)
    .replace(/-+$/g, '');
  return `custom-${slug || 'scenario'}`;
}

/** The id a copy of `id` gets in the builder: a custom id stays as it is, a built-in one is prefixed. */
export const customCopyId = (id: string): string =>
  isCustomScenarioId(id) ? id : `custom-${id}`.slice(0, CUSTOM_ID_MAX);
