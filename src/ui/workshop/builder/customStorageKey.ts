/**
 * Where custom scenarios are saved, and whether there is anything to read there, without the schemas
 * that check what is read (customStorage.ts): the builder loads those only when it has to (issue 18).
 */
export const CUSTOM_SCENARIOS_KEY = 'canary-lab.workshop.customScenarios';

/** True when reading the saved scenarios has something to check or report: an entry, or storage that refuses to be read. */
export function hasCustomScenariosToRead(): boolean {
  try {
    return typeof localStorage !== 'undefined' && Boolean(localStorage.getItem(CUSTOM_SCENARIOS_KEY));
  } catch {
    return true; // blocked storage: loadCustomScenarios says so
  }
}
