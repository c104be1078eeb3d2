/**
 * "What now?" after a solve, an answer set or a visit to Home: one concrete next step. Other pages
 * (the scenario player after "Solved", Practice after a drill) call `nextStepFor(store)` and show the
 * link it returns.
 *
 * The order is a choice of ours (nothing to cite): reviews that are due now come first, because spaced
 * review only works if due items are seen when due; then the learning path, so a new learner keeps a
 * thread; then the weakest trap with evidence below 80 % mastery; and when everything is strong, a
 * practice exam.
 */
import { learningPath } from '../../content/learningPath';
import { contentTitles, type ContentTitles } from '../../content/titles';
import type { Dashboard, DueItem, ProgressStore } from '../../store';
import { loadPathFacts } from './pathFacts';
import { pathProgress, type StepView } from './pathProgress';

export interface NextStep {
  /** The link text: a verb and a title. */
  label: string;
  href: string;
  /** One sentence on why this step, for the line under the link. */
  reason: string;
}

export interface NextStepInput {
  due: readonly Pick<DueItem, 'kind' | 'itemId'>[];
  pathNext: StepView | null;
  weakestTraps: Dashboard['weakestTraps'];
}

/** Weaker than this (0–1) counts as a trap worth drilling. */
export const WEAK_MASTERY = 0.8;

const plural = new Intl.PluralRules('en');
const items = (n: number) => `${n} ${plural.select(n) === 'one' ? 'item' : 'items'}`;

export function chooseNextStep(input: NextStepInput, titles: Pick<ContentTitles, 'scenario' | 'trap'>): NextStep {
  const [first] = input.due;
  if (first) {
    const href =
      first.kind === 'scenario'
        ? `/scenarios/${encodeURIComponent(first.itemId)}`
        : `/practice?question=${encodeURIComponent(first.itemId)}`;
    const what = first.kind === 'scenario' ? `the scenario “${titles.scenario(first.itemId)}”` : 'a question';
    return {
      label: first.kind === 'scenario' ? `Review: ${titles.scenario(first.itemId)}` : 'Review a due question',
      href,
      reason: `${items(input.due.length)} due for review now; start with ${what}.`,
    };
  }
  if (input.pathNext) {
    return {
      label: input.pathNext.label,
      href: input.pathNext.href,
      reason: `Next on your path: ${input.pathNext.chapterTitle}, step ${input.pathNext.number}.`,
    };
  }
  const weak = input.weakestTraps.find((t) => t.outcomes > 0 && t.mastery < WEAK_MASTERY);
  if (weak) {
    return {
      label: `Drill the trap “${titles.trap(weak.key)}”`,
      href: `/practice/drill?trap=${encodeURIComponent(weak.key)}`,
      reason: `Your weakest trap: ${Math.round(weak.mastery * 100)} % mastery.`,
    };
  }
  return {
    label: 'Set up a practice exam',
    href: '/practice/exam',
    reason: 'Nothing is due, the path is done and no trap is weak: time to test yourself under a clock.',
  };
}

/** The next step for this learner now, read from the progress store. */
export async function nextStepFor(store: ProgressStore, now: Date = new Date()): Promise<NextStep> {
  const titles = contentTitles();
  const [due, facts, dashboard] = await Promise.all([
    store.dueItems(now, 50),
    loadPathFacts(store),
    store.dashboard(now),
  ]);
  const progress = pathProgress(learningPath, facts, titles);
  return chooseNextStep({ due, pathNext: progress.next, weakestTraps: dashboard.weakestTraps }, titles);
}
