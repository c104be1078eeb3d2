/**
 * The one progress store the whole app shares, opened on first use, plus its health as runes so that
 * any page can show the persistence banner (src/ui/progress/PersistenceBanner.svelte).
 *
 * Pages call `appStore()` (a promise of the same instance every time) and pass write failures to
 * `reportStoreError` so that running out of quota shows in the banner wherever it happened.
 * The content (questions, scenarios, notes) is imported lazily here so that opening the store does not
 * put the question bank into the first page's bundle.
 */
// The store itself (Dexie, the zod schemas) loads inside appStore(): importing this module for the
// banner or a type does not put the database code on a page's critical path (issue 18).
import type { Persistence, PersistenceIssue, ProgressStore } from '../store';
import { ReloadRequiredError, StorageQuotaError } from '../store/storeErrors';
import { afterPagePainted } from './pagePainted';
import { buildItemCatalog, type CatalogSources, type ItemCatalog } from './progress/itemCatalog';
import { lazyOnce } from './lazyOnce';

class StoreHealth {
  #persistence = $state<Persistence | 'opening' | 'failed'>('opening');
  #issue = $state<PersistenceIssue | null>(null);
  #reason = $state<string | null>(null);
  #quotaMessage = $state<string | null>(null);
  #reloadRequired = $state(false);
  #openError = $state<string | null>(null);

  /** 'indexeddb' once saved to the browser; 'memory' when only this tab keeps progress. */
  get persistence() {
    return this.#persistence;
  }
  get issue() {
    return this.#issue;
  }
  /** The store's own explanation of why progress is kept in memory. */
  get reason() {
    return this.#reason;
  }
  /** Set after a write failed for lack of space; cleared by `dismissQuota`. */
  get quotaMessage() {
    return this.#quotaMessage;
  }
  /** Another tab upgraded the database: this tab must reload to keep saving. */
  get reloadRequired() {
    return this.#reloadRequired;
  }
  get openError() {
    return this.#openError;
  }

  opened(store: ProgressStore) {
    this.#persistence = store.persistence;
    this.#issue = store.persistenceIssue;
    this.#reason = store.persistenceReason;
    this.#reloadRequired = store.status === 'reload-required';
    store.onStatusChange((status) => {
      this.#reloadRequired = status === 'reload-required';
    });
  }

  failed(error: unknown) {
    this.#persistence = 'failed';
    this.#openError = error instanceof Error ? error.message : String(error);
  }

  report(error: unknown) {
    if (error instanceof StorageQuotaError) this.#quotaMessage = error.message;
    if (error instanceof ReloadRequiredError) this.#reloadRequired = true;
  }

  dismissQuota() {
    this.#quotaMessage = null;
  }
}

export const storeHealth = new StoreHealth();

/** Shown when progress lives in memory only (the brief's wording; the store's reason follows it). */
export const memoryOnlyMessage = 'Progress is kept only for this tab: your browser blocked storage (private mode?)';

let catalog: Promise<ItemCatalog> | undefined;
let opening: Promise<ProgressStore> | undefined;

const catalogSources = lazyOnce<CatalogSources>(() =>
  Promise.all([import('../content/itemIndex'), import('../content/notesIds')]).then(
    ([{ contentIndex }, { SCENARIO_IDS }]) => ({ ...contentIndex(), scenarioIds: SCENARIO_IDS }),
  ),
);

/**
 * Topic and traps of every question, scenario and note, and the labels of scenarios and notes, from the
 * build's content index. Questions are labelled by their ids here (see labelledItemCatalog).
 */
export function itemCatalog(): Promise<ItemCatalog> {
  catalog ??= catalogSources.load().then(buildItemCatalog);
  return catalog;
}

const labelled = lazyOnce<ItemCatalog>(() =>
  Promise.all([catalogSources.load(), import('../content/questionStems')]).then(([sources, { questionStems }]) =>
    buildItemCatalog({ ...sources, stemOf: questionStems().stemOf }),
  ),
);

/** The item catalogue with questions labelled by their stems, loaded on demand (Progress's review queue). */
export function labelledItemCatalog(): Promise<ItemCatalog> {
  return labelled.load();
}

/** The app's progress store: the same instance for every caller; a failed open is retried on the next call. */
export function appStore(): Promise<ProgressStore> {
  opening ??= (async () => {
    // The database opens while the catalogue loads; the store is handed out only once both are ready,
    // so nothing is ever described before the catalogue can answer (the store only asks when it
    // computes a dashboard).
    let describe: ItemCatalog['describeItem'] = () => undefined;
    const [catalogue, store] = await Promise.all([
      itemCatalog(),
      import('../store').then(({ createProgressStore }) => createProgressStore({ describeItem: (id) => describe(id) })),
    ]);
    describe = catalogue.describeItem;
    storeHealth.opened(store);
    return store;
  })().catch((error: unknown) => {
    opening = undefined;
    storeHealth.failed(error);
    throw error;
  });
  return opening;
}

/**
 * The same store, opened only once the page has painted (pagePainted.ts): for pages whose first view does
 * not show the learner's progress (Home's path, the notes, Practice), so the store's code does not delay it.
 */
export function appStoreAfterPaint(): Promise<ProgressStore> {
  return afterPagePainted().then(appStore);
}

/** Pages pass failed writes here so that a full disk or a newer tab shows in the banner. Returns the error's message. */
export function reportStoreError(error: unknown): string {
  storeHealth.report(error);
  return error instanceof Error ? error.message : String(error);
}
