/**
 * Where a learner stands on the "Start here" path: each step marked done from what the progress store
 * recorded, each chapter done when all its steps are, and the next step to continue with. Pure, so the
 * rules are tested without a database: a note is done once marked read, a scenario once its goal was
 * reached, a check once every one of its questions has been answered (right or wrong: the answer is
 * scheduled for review either way, and the path's job is to move the learner on).
 */
import type { LearningPath, PathStep } from '../../content/learningPath';

export interface PathFacts {
  notesRead: ReadonlySet<string>;
  scenariosSolved: ReadonlySet<string>;
  questionsAnswered: ReadonlySet<string>;
}

export interface PathTitles {
  note(id: string): string;
  scenario(id: string): string;
}

/** read → watch, predict and fix (one scenario) → check. */
export type StepKind = 'read' | 'scenario' | 'check';

export interface StepView {
  chapterId: string;
  chapterTitle: string;
  /** 1-based position in its chapter. */
  number: number;
  kind: StepKind;
  /** What the learner does, in words: "Read “Versions and $LATEST”". */
  label: string;
  href: string;
  done: boolean;
  /** For a check: how many of its questions are answered. */
  answered?: number;
  questions?: number;
}

export interface ChapterView {
  id: string;
  title: string;
  summary: string;
  steps: StepView[];
  done: boolean;
}

export interface PathProgress {
  chapters: ChapterView[];
  /** The first step not done, in path order; null when the whole path is done. */
  next: StepView | null;
  stepsDone: number;
  stepsTotal: number;
  /** True when nothing on the path is done yet (Home says "Start" rather than "Continue"). */
  fresh: boolean;
}

export const STEP_VERBS: Record<StepKind, string> = {
  read: 'Read',
  scenario: 'Watch, predict and fix',
  check: 'Check yourself',
};

function stepView(
  step: PathStep,
  chapter: { id: string; title: string },
  number: number,
  facts: PathFacts,
  titles: PathTitles,
): StepView {
  const base = { chapterId: chapter.id, chapterTitle: chapter.title, number };
  if ('read' in step) {
    return {
      ...base,
      kind: 'read',
      label: `${STEP_VERBS.read}: ${titles.note(step.read)}`,
      href: `/learn/${encodeURIComponent(step.read)}`,
      done: facts.notesRead.has(step.read),
    };
  }
  if ('scenario' in step) {
    return {
      ...base,
      kind: 'scenario',
      label: `${STEP_VERBS.scenario}: ${titles.scenario(step.scenario)}`,
      href: `/scenarios/${encodeURIComponent(step.scenario)}`,
      done: facts.scenariosSolved.has(step.scenario),
    };
  }
  const open = step.check.filter((id) => !facts.questionsAnswered.has(id));
  const answered = step.check.length - open.length;
  return {
    ...base,
    kind: 'check',
    label: `${STEP_VERBS.check}: ${step.check.length === 1 ? 'one question' : `${step.check.length} questions`}`,
    // One question at a time (Practice's single-question page); the next unanswered one, or the first to revisit.
    href: `/practice?question=${encodeURIComponent(open[0] ?? step.check[0]!)}`,
    done: open.length === 0,
    answered,
    questions: step.check.length,
  };
}

export function pathProgress(path: LearningPath, facts: PathFacts, titles: PathTitles): PathProgress {
  const chapters = path.chapters.map((chapter) => {
    const steps = chapter.steps.map((step, i) => stepView(step, chapter, i + 1, facts, titles));
    return { id: chapter.id, title: chapter.title, summary: chapter.summary, steps, done: steps.every((s) => s.done) };
  });
  const all = chapters.flatMap((c) => c.steps);
  const stepsDone = all.filter((s) => s.done).length;
  return {
    chapters,
    next: all.find((s) => !s.done) ?? null,
    stepsDone,
    stepsTotal: all.length,
    fresh: stepsDone === 0,
  };
}
