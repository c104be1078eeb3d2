/**
 * Validation problems in the builder's own words (WCAG 3.3.1 Error Identification, 3.3.3 Error Suggestion:
 * https://www.w3.org/WAI/WCAG22/Understanding/error-suggestion.html). formToScenario reports a problem by
 * its place in the scenario data (`title`, `setup.steps line 7`, `reveal.docs.0`) with the validator's
 * issue; this module names the form field that holds it, as its label says, and what to do about it.
 * No validator text reaches the learner: zod's issue codes are mapped to sentences here, and only
 * messages written by this repository's schemas (code `custom`, or a problem found by the form itself)
 * are shown as they are.
 */
import type { CheckForm, ScenarioForm } from '../../../scenario/form/scenarioForm';
import { formToPredicate } from '../../../scenario/form/predicateForms';
import type { FieldProblem } from '../../../scenario/custom';

/** A problem as formToScenario lists it; `code` and the bounds come from the schema's issue, when there is one. */
export type ProblemFacts = FieldProblem;

/** One problem, tied to the form control that holds it. */
export interface WordedProblem {
  /** The control's key in the form (see FIELD_LABELS); the builder turns it into an element id. */
  field: string;
  /** The control as its label names it, e.g. "Title" or "Setup steps, line 7". */
  label: string;
  /** What to do, as a sentence shown next to the control: "Enter a title." */
  advice: string;
  /** Label and advice together, as the report lists it: "Title: enter a title." */
  text: string;
}

/** The form's controls by key, named as their labels say (short forms of the longer labels). */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  id: 'Id',
  traps: 'Trap tags',
  topic: 'Topic',
  note: 'Matching note',
  minutes: 'Minutes',
  team: 'The team and its system',
  goal: "The team's goal",
  template: 'SAM template',
  files: 'Files',
  setupLines: 'Setup steps',
  actLines: 'The watched act',
  question: 'Question',
  choices: 'Choices',
  highlight: 'Events the player points at',
  happened: 'What happened',
  rule: 'The rule behind it',
  revealDocs: 'AWS documentation links for the reveal',
  challenge: 'The challenge',
  hints: 'Hints',
  referenceLines: 'Reference fix steps',
  referenceFiles: 'Files the reference fix writes',
  wrongLines: 'A tempting wrong fix',
  wrongFiles: 'Files the wrong fix writes',
  wrongWhy: 'Why the wrong fix does not work',
  docs: 'Further reading',
};

/** What to write when a text field is left empty (the schema's "at least one character"). */
const WHEN_EMPTY: Record<string, string> = {
  title: 'enter a title',
  id: 'enter an id such as custom-my-canary',
  team: 'describe the team and its system',
  goal: 'say what the team wants to achieve',
  template: 'paste the SAM template the act deploys',
  question: 'enter the question the learner answers',
  happened: 'explain what happened',
  rule: 'state the rule behind it',
  revealDocs: 'add at least one AWS documentation link',
  challenge: 'describe the challenge',
  hints: 'write at least one hint',
  actLines: 'write at least one step',
  referenceLines: 'write at least one step',
  wrongLines: 'write at least one step',
  wrongWhy: 'explain why the wrong fix does not work',
  docs: 'add at least one AWS documentation link',
  highlight: 'list at least one event type, such as deployment.stopped',
  traps: 'tick at least one trap tag',
};

/** What a value in the wrong shape should look like, for fields whose pattern the schema states. */
const FORMAT_ADVICE: Record<string, string> = {
  id: 'use custom- followed by lower-case words joined by single dashes, such as custom-my-canary',
  within: 'write a simulated time such as 30s, 5m or 1h 5m',
  highlight: 'write event types such as deployment.stopped, separated by commas',
  revealDocs: 'enter a full link that starts with https://docs.aws.amazon.com/',
  docs: 'enter a full link that starts with https://docs.aws.amazon.com/',
};

const CHOICE_LETTERS = 'abcde';
const choiceLetter = (i: number) => CHOICE_LETTERS[i] ?? String(i + 1);

/** The 1-based line of the n-th non-blank line of a text area (the form drops blank lines before validating). */
function lineOfEntry(text: string, n: number): number | undefined {
  let seen = -1;
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    if ((rows[i] ?? '').trim() !== '' && ++seen === n) return i + 1;
  }
  return undefined;
}

/** The condition (form index) behind the n-th predicate the form handed to the schema: those it could read. */
function conditionOfPredicate(check: CheckForm, n: number): number {
  let seen = -1;
  for (let i = 0; i < check.predicates.length; i++) {
    const p = check.predicates[i];
    if (p && !('problem' in formToPredicate(p)) && ++seen === n) return i;
  }
  return n;
}

interface Place {
  field: string;
  label: string;
  /** The key whose empty/format advice applies (the field itself unless a family shares one). */
  kind: string;
  /** For a condition: the box of its template the problem is in ("the alarm name"). */
  box?: string;
}

const place = (field: string, label = FIELD_LABELS[field] ?? field, kind = field): Place => ({ field, label, kind });

const LINE_FIELDS: [prefix: string, field: keyof ScenarioForm][] = [
  ['setup.steps', 'setupLines'],
  ['setup.deployment', 'actLines'],
  ['fix.reference.steps', 'referenceLines'],
  ['fix.wrong.steps', 'wrongLines'],
];
const FILE_FIELDS: [prefix: string, field: 'files' | 'referenceFiles' | 'wrongFiles'][] = [
  ['setup.files', 'files'],
  ['fix.reference.files', 'referenceFiles'],
  ['fix.wrong.files', 'wrongFiles'],
];
const LIST_FIELDS: [prefix: string, field: 'revealDocs' | 'docs' | 'hints' | 'highlight'][] = [
  ['reveal.docs', 'revealDocs'],
  ['fix.hints', 'hints'],
  ['run.highlight', 'highlight'],
  ['docs', 'docs'],
];
const SIMPLE: Record<string, string> = {
  id: 'id',
  title: 'title',
  traps: 'traps',
  topic: 'topic',
  note: 'note',
  minutes: 'minutes',
  'story.team': 'team',
  'story.goal': 'goal',
  'setup.template': 'template',
  'predict.question': 'question',
  'reveal.happened': 'happened',
  'reveal.rule': 'rule',
  'fix.challenge': 'challenge',
  'fix.wrong.why': 'wrongWhy',
  // A problem with the setup as a whole (the run's total budget) belongs to the steps that make it.
  setup: 'setupLines',
};

/** The boxes of the condition templates (predicateForms.ts), by the predicate key they fill. */
const CONDITION_BOXES: Record<string, string> = {
  'alarmEverIn.name': 'the alarm name',
  'alias.function': 'the function',
  'alias.name': 'the alias',
  'alias.version': 'the version',
};

/** Where in the form a problem at this scenario path is fixed. */
export function placeOf(path: string, form: ScenarioForm): Place {
  const simple = SIMPLE[path];
  if (simple) return place(simple);

  for (const [prefix, field] of LINE_FIELDS) {
    if (path !== prefix && !path.startsWith(`${prefix} `) && !path.startsWith(`${prefix}.`)) continue;
    const typed = /^ line (\d+)$/.exec(path.slice(prefix.length));
    const entry = /^\.(\d+)/.exec(path.slice(prefix.length));
    const line = typed ? Number(typed[1]) : entry ? lineOfEntry(form[field] as string, Number(entry[1])) : undefined;
    return place(field, line ? `${FIELD_LABELS[field]}, line ${line}` : FIELD_LABELS[field], field);
  }

  for (const [prefix, field] of FILE_FIELDS) {
    if (path !== prefix && !path.startsWith(`${prefix}.`)) continue;
    const name = path.slice(prefix.length + 1);
    if (field === 'files' && name === 'template.yaml' && form.setupMode === 'template') return place('template');
    const index = form[field].findIndex((f) => f.path.trim() === name);
    return index >= 0 ? place(`${field}-${index}-path`, `Path of file ${index + 1}`, field) : place(field);
  }

  for (const [prefix, field] of LIST_FIELDS) {
    if (path !== prefix && !path.startsWith(`${prefix}.`)) continue;
    const entry = /^\.(\d+)/.exec(path.slice(prefix.length));
    const text = form[field];
    const line = entry && field !== 'highlight' ? lineOfEntry(text, Number(entry[1])) : undefined;
    return place(field, line ? `${FIELD_LABELS[field]}, line ${line}` : FIELD_LABELS[field], field);
  }

  const choice = /^predict\.choices(?:\.(\d+)(?:\.(text|why))?)?/.exec(path);
  if (choice) {
    const i = choice[1] === undefined ? undefined : Number(choice[1]);
    if (i === undefined || choice[2] === undefined) return place('choice-0-text', FIELD_LABELS.choices, 'choices');
    return choice[2] === 'text'
      ? place(`choice-${i}-text`, `Text of choice ${choiceLetter(i)}`, 'choiceText')
      : place(`choice-${i}-why`, `Why for choice ${choiceLetter(i)}`, 'choiceWhy');
  }

  const check = /^(run\.until|goal)\.(all|within)(?:\.(\d+))?/.exec(path);
  if (check) {
    const key = check[1] === 'goal' ? 'goalCheck' : 'trapCheck';
    const name = key === 'goalCheck' ? 'Goal check' : 'Trap check';
    if (check[2] === 'within') return place(`${key}-within`, `${name}: within`, 'within');
    const n = conditionOfPredicate(form[key], Number(check[3] ?? 0));
    const box = CONDITION_BOXES[path.split('.').slice(-2).join('.')];
    return { ...place(`${key}-${n}`, `${name}, condition ${n + 1}`, 'condition'), ...(box ? { box } : {}) };
  }

  // Anything else is still named in words, on the first field of the form.
  return place('title', 'This scenario', 'scenario');
}

/** A rule stated as a noun phrase ("at most 2h …", "a plain relative file path …") as what to do. */
function asInstruction(message: string): string {
  if (/^at most /.test(message)) return `keep it to ${message}`;
  if (/^an? /.test(message)) return `use ${message}`;
  if (message === 'the same file path appears twice') return 'give each file its own path; this one appears twice';
  return message;
}

const asNumber = (n: number | bigint | undefined) => (n === undefined ? undefined : Number(n));

/** What to do about one problem at a place in the form: a sentence from its issue code, never the validator's text. */
export function adviceFor(problem: ProblemFacts, at: Place): string {
  const min = asNumber(problem.minimum);
  const max = asNumber(problem.maximum);
  switch (problem.code) {
    case undefined:
    case 'custom':
      // Links: the schema's refinement says what a link must be; say what to enter instead.
      if (problem.code === 'custom' && (at.kind === 'revealDocs' || at.kind === 'docs')) return FORMAT_ADVICE[at.kind]!;
      // Written by this repository (src/scenario/custom.ts, src/scenario/form/*): plain words, some of them
      // stating the rule ("at most 20 files", "a plain relative file path …"); turn those into what to do.
      return asInstruction(problem.message);
    case 'too_small':
      if (at.kind === 'choices') return `give at least ${min ?? 2} choices`;
      if (at.kind === 'minutes') return 'enter a whole number of minutes from 1 to 60';
      if (at.kind === 'choiceText') return `enter the text of ${at.label.replace(/^Text of /, '')}`;
      if (at.kind === 'choiceWhy') return `say why ${at.label.replace(/^Why for /, '')} is right or wrong`;
      if (at.kind === 'condition') return at.box ? `enter ${at.box}` : 'fill in every box of this condition';
      return WHEN_EMPTY[at.kind] ?? (problem.origin === 'array' ? `add at least ${min ?? 1}` : 'fill this in');
    case 'too_big':
      if (problem.origin === 'string') return `shorten it to at most ${max} characters`;
      if (at.kind === 'minutes') return 'enter a whole number of minutes from 1 to 60';
      if (problem.origin === 'array') return `keep it to at most ${max}`;
      return `enter ${max} or less`;
    case 'invalid_type':
      if (at.kind === 'minutes') return 'enter a whole number of minutes from 1 to 60';
      return problem.origin === 'number' ? 'enter a number' : 'fill this in';
    case 'invalid_format':
      if (at.kind === 'condition' && /errorThrown$/.test(problem.path))
        return 'enter an AWS error name such as DeploymentLimitExceededException';
      return FORMAT_ADVICE[at.kind] ?? 'write it in the form its label shows';
    case 'invalid_value':
      return 'choose one of the options in the list';
    case 'invalid_union':
      if (at.kind === 'condition') return 'fill in every box of this condition with a value the simulator knows';
      return 'write a step the simulator can run: an aws or sam command, # wait, # traffic or # stop traffic';
    case 'not_multiple_of':
      return 'enter a whole number';
    default:
      return 'check this value against its label';
  }
}

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/[.;:,]+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
};
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** Every problem with its field and plain advice, in form order as listed (duplicates of one message dropped). */
export function wordProblems(problems: readonly ProblemFacts[], form: ScenarioForm): WordedProblem[] {
  const seen = new Set<string>();
  const out: WordedProblem[] = [];
  for (const p of problems) {
    const at = placeOf(p.path, form);
    const advice = sentence(adviceFor(p, at));
    const text = `${at.label}: ${lowerFirst(advice)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ field: at.field, label: at.label, advice, text });
  }
  return out;
}

/**
 * The message shown next to each control: its advice, with the line (or file) it is about when the label
 * names one, so "Setup steps, line 7" reads "Line 7: start the line with …" beside the steps.
 */
export function messagesByField(worded: readonly WordedProblem[]): Map<string, string> {
  const byField = new Map<string, string[]>();
  for (const w of worded) {
    const line = /, (line \d+)$/.exec(w.label);
    const part = line ? `${sentence(line[1] ?? '').slice(0, -1)}: ${lowerFirst(w.advice)}` : w.advice;
    byField.set(w.field, [...(byField.get(w.field) ?? []), part]);
  }
  return new Map([...byField].map(([field, parts]) => [field, parts.join(' ')]));
}
