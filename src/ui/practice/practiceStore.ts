/**
 * The progress store, opened once for the Practice area. The store needs to know each item's topic
 * and traps for its dashboard; the bank answers that.
 */
import { createProgressStore, type ProgressStore } from '../../store';
import { SCENARIO_IDS } from '../../content/questionsSchema';
import { practiceBank } from './practiceBank';

let opening: Promise<ProgressStore> | undefined;

export function practiceStore(): Promise<ProgressStore> {
  opening ??= createProgressStore({
    describeItem: (id) => {
      const q = practiceBank().byId(id);
      return q ? { topic: q.topic, traps: q.tags.filter((t) => (SCENARIO_IDS as readonly string[]).includes(t)) } : undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined; // let a later visit try again (e.g. after the learner freed storage)
    throw error;
  });
  return opening;
}
