/**
 * The builder's form ↔ a scenario. The form keeps what a person edits (text areas of step lines, the
 * index of the correct choice, template checks); formToScenario turns it into scenario data and lists
 * every problem with the field path a facilitator can find in the form.
 */
import type { NOTE_IDS, QUESTION_TOPICS, SCENARIO_IDS } from '../../content/questionsSchema';
import type { Predicate, ScenarioCheck, Step } from '../schema';
import { customScenarioSchema, schemaProblems, type AnyScenarioDef, type FieldProblem } from '../custom';
import { formToPredicate, predicateToForm, type PredicateForm } from './predicateForms';
import { formatStepLines, parseStepLines } from './stepLines';

export type TrapId = (typeof SCENARIO_IDS)[number];
export type Topic = (typeof QUESTION_TOPICS)[number];
export type NoteId = (typeof NOTE_IDS)[number];

/** The SAM template's path in the simulated workspace when the setup is "a template + sam deploy". */
export const TEMPLATE_PATH = 'template.yaml';

export interface FileForm {
  path: string;
  content: string;
}

export interface CheckForm {
  predicates: PredicateForm[];
  within: string;
}

export interface ChoiceForm {
  text: string;
  why: string;
}

export interface ScenarioForm {
  id: string;
  title: string;
  traps: TrapId[];
  topic: Topic;
  note: NoteId;
  minutes: number;
  team: string;
  goal: string;
  /** `commands`: setup command lines; `template`: a SAM template (written to template.yaml) deployed with `sam deploy`. */
  setupMode: 'commands' | 'template';
  template: string;
  files: FileForm[];
  setupLines: string;
  /** The act the learner watches after predicting (usually the deployment). */
  actLines: string;
  question: string;
  choices: ChoiceForm[];
  correct: number;
  trapCheck: CheckForm;
  /** Event types the player points at while it runs, comma separated (e.g. deployment.stopped). */
  highlight: string;
  happened: string;
  rule: string;
  revealDocs: string;
  challenge: string;
  hints: string;
  referenceLines: string;
  referenceFiles: FileForm[];
  wrongLines: string;
  wrongFiles: FileForm[];
  wrongWhy: string;
  goalCheck: CheckForm;
  docs: string;
}

const CHOICE_IDS = 'abcde';
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const filesToForm = (files: Record<string, string> | undefined): FileForm[] =>
  Object.entries(files ?? {}).map(([path, content]) => ({ path, content }));
const checkToForm = (c: ScenarioCheck): CheckForm => ({ predicates: c.all.map(predicateToForm), within: c.within });

/** A copy of a scenario (typically a built-in one) as a form, under a new custom id. */
export function scenarioToForm(def: AnyScenarioDef, id: string): ScenarioForm {
  const files = { ...def.setup.files };
  const template = files[TEMPLATE_PATH];
  if (template !== undefined) delete files[TEMPLATE_PATH];
  return {
    id,
    title: def.title,
    traps: [...def.traps],
    topic: def.topic,
    note: def.note,
    minutes: def.minutes,
    team: def.story.team,
    goal: def.story.goal,
    setupMode: template !== undefined ? 'template' : 'commands',
    template: template ?? '',
    files: filesToForm(files),
    setupLines: formatStepLines(def.setup.steps),
    actLines: formatStepLines(def.setup.deployment),
    question: def.predict.question,
    choices: def.predict.choices.map((c) => ({ text: c.text, why: c.why })),
    correct: Math.max(
      0,
      def.predict.choices.findIndex((c) => c.correct),
    ),
    trapCheck: checkToForm(def.run.until),
    highlight: def.run.highlight.join(', '),
    happened: def.reveal.happened,
    rule: def.reveal.rule,
    revealDocs: def.reveal.docs.join('\n'),
    challenge: def.fix.challenge,
    hints: def.fix.hints.join('\n'),
    referenceLines: formatStepLines(def.fix.reference.steps),
    referenceFiles: filesToForm(def.fix.reference.files),
    wrongLines: formatStepLines(def.fix.wrong.steps),
    wrongFiles: filesToForm(def.fix.wrong.files),
    wrongWhy: def.fix.wrong.why,
    goalCheck: checkToForm(def.goal),
    docs: def.docs.join('\n'),
  };
}

export type FormResult = { ok: true; scenario: AnyScenarioDef } | { ok: false; problems: FieldProblem[] };

/** Form → scenario data, validated by the custom scenario schema. Problems name the field (and line) to fix. */
export function formToScenario(form: ScenarioForm): FormResult {
  const problems: FieldProblem[] = [];
  const steps = (text: string, path: string): Step[] => {
    const parsed = parseStepLines(text);
    for (const p of parsed.problems) problems.push({ path: `${path} line ${p.line}`, message: p.message });
    return parsed.steps;
  };
  const check = (c: CheckForm, path: string): ScenarioCheck => {
    const all: Predicate[] = [];
    c.predicates.forEach((f, i) => {
      const r = formToPredicate(f);
      if ('problem' in r) problems.push({ path: `${path}.all.${i}`, message: r.problem });
      else all.push(r.predicate);
    });
    return { all, within: c.within.trim() };
  };
  const files = (list: FileForm[], path: string): Record<string, string> | undefined => {
    const out: Record<string, string> = {};
    for (const f of list) {
      const name = f.path.trim();
      if (name === '' && f.content.trim() === '') continue;
      if (name in out) problems.push({ path: `${path}.${name}`, message: 'the same file path appears twice' });
      out[name] = f.content;
    }
    return Object.keys(out).length ? out : undefined;
  };

  const setupFiles = files(form.files, 'setup.files') ?? {};
  if (form.setupMode === 'template') {
    if (TEMPLATE_PATH in setupFiles)
      problems.push({ path: `setup.files.${TEMPLATE_PATH}`, message: 'the template already uses this path' });
    if (form.template.trim() === '')
      problems.push({ path: 'setup.template', message: 'paste the SAM template the act deploys' });
    setupFiles[TEMPLATE_PATH] = form.template;
  }
  const act = steps(form.actLines, 'setup.deployment');
  const referenceFiles = files(form.referenceFiles, 'fix.reference.files');
  const wrongFiles = files(form.wrongFiles, 'fix.wrong.files');
  const candidate = {
    id: form.id.trim(),
    title: form.title.trim(),
    traps: form.traps,
    topic: form.topic,
    story: { team: form.team.trim(), goal: form.goal.trim() },
    setup: {
      ...(Object.keys(setupFiles).length ? { files: setupFiles } : {}),
      steps: steps(form.setupLines, 'setup.steps'),
      ...(act.length ? { deployment: act } : {}),
    },
    predict: {
      question: form.question.trim(),
      choices: form.choices.map((c, i) => ({
        id: CHOICE_IDS[i] ?? `${i}`,
        text: c.text.trim(),
        correct: i === form.correct,
        why: c.why.trim(),
      })),
    },
    run: {
      until: check(form.trapCheck, 'run.until'),
      highlight: form.highlight
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    },
    reveal: { happened: form.happened.trim(), rule: form.rule.trim(), docs: lines(form.revealDocs) },
    fix: {
      challenge: form.challenge.trim(),
      hints: lines(form.hints),
      reference: {
        ...(referenceFiles ? { files: referenceFiles } : {}),
        steps: steps(form.referenceLines, 'fix.reference.steps'),
      },
      wrong: {
        ...(wrongFiles ? { files: wrongFiles } : {}),
        steps: steps(form.wrongLines, 'fix.wrong.steps'),
        why: form.wrongWhy.trim(),
      },
    },
    goal: check(form.goalCheck, 'goal'),
    docs: lines(form.docs),
    note: form.note,
    minutes: form.minutes,
  };
  const parsed = customScenarioSchema.safeParse(candidate);
  if (!parsed.success) problems.push(...schemaProblems(parsed.error));
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, scenario: parsed.data };
}
