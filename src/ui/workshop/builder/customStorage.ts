/**
 * Custom scenarios saved in this browser (localStorage, like the facilitator's plan). Every entry is
 * stored as a shared-scenario file and re-validated on every read: a damaged or tampered entry is
 * reported and skipped, never run and never allowed to break the page.
 */
import { parseWorkshopJson, validateWorkshopData } from '../../../workshop/validate';
import type { AnyScenarioDef } from '../../../scenario/custom';
import { isCustomScenarioId } from '../../../scenario/customId';
import type { SharedScenario } from '../../../workshop/schemas';
import { CUSTOM_SCENARIOS_KEY } from './customStorageKey';

export { CUSTOM_SCENARIOS_KEY };

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SavedScenarios {
  scenarios: AnyScenarioDef[];
  /** One sentence per entry that could not be read (it is left out of `scenarios`). */
  problems: string[];
}

const browserStorage = (): KeyValueStorage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage;

export function loadCustomScenarios(storage: KeyValueStorage | undefined = browserStorage()): SavedScenarios {
  let text: string | null;
  try {
    text = storage?.getItem(CUSTOM_SCENARIOS_KEY) ?? null;
  } catch {
    return { scenarios: [], problems: ['This browser blocks local storage, so saved scenarios cannot be read.'] };
  }
  if (!text) return { scenarios: [], problems: [] };
  let entries: unknown;
  try {
    entries = parseWorkshopJson(text);
  } catch (e) {
    return {
      scenarios: [],
      problems: [`The saved scenarios are damaged and were ignored: ${e instanceof Error ? e.message : String(e)}`],
    };
  }
  if (!Array.isArray(entries))
    return { scenarios: [], problems: ['The saved scenarios are damaged (not a list) and were ignored.'] };
  const scenarios: AnyScenarioDef[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    try {
      const { scenario } = validateWorkshopData('scenario', entry);
      if (!isCustomScenarioId(scenario.id)) throw new Error(`its id “${scenario.id}” is not a custom-… id.`);
      if (scenarios.some((s) => s.id === scenario.id)) throw new Error(`${scenario.id} is saved twice.`);
      scenarios.push(scenario);
    } catch (e) {
      problems.push(`Saved scenario ${i + 1} was ignored: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  return { scenarios, problems };
}

export const toSharedScenario = (scenario: AnyScenarioDef): SharedScenario => ({
  format: 'canary-lab-scenario',
  version: 1,
  scenario,
});

function write(scenarios: readonly AnyScenarioDef[], storage: KeyValueStorage | undefined): void {
  if (!storage) throw new Error('This browser has no local storage; export the scenario as a file instead.');
  try {
    storage.setItem(CUSTOM_SCENARIOS_KEY, JSON.stringify(scenarios.map(toSharedScenario)));
  } catch {
    throw new Error(
      'The scenario could not be saved in this browser (storage blocked or full); export it as a file instead.',
    );
  }
}

/** Saves (or replaces, by id) one validated scenario; returns the list now saved. Damaged entries are dropped. */
export function saveCustomScenario(
  scenario: AnyScenarioDef,
  storage: KeyValueStorage | undefined = browserStorage(),
): AnyScenarioDef[] {
  const kept = loadCustomScenarios(storage).scenarios.filter((s) => s.id !== scenario.id);
  const next = [...kept, scenario];
  write(next, storage);
  return next;
}

export function deleteCustomScenario(
  id: string,
  storage: KeyValueStorage | undefined = browserStorage(),
): AnyScenarioDef[] {
  const next = loadCustomScenarios(storage).scenarios.filter((s) => s.id !== id);
  write(next, storage);
  return next;
}
