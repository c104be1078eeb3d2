import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../../src/scenario/catalog';
import { formToScenario, scenarioToForm, type ScenarioForm } from '../../../../src/scenario/form/scenarioForm';
import { messagesByField, wordProblems } from '../../../../src/ui/workshop/builder/problemWording';

const copy = (): ScenarioForm => {
  const def = loadScenarios().find((s) => s.id === 'latest-wiring')!;
  return scenarioToForm(def, 'custom-latest-wiring');
};

/** The builder's problems for a copy of latest-wiring changed by `edit`, as the learner reads them. */
function wordedAfter(edit: (form: ScenarioForm) => void) {
  const form = copy();
  edit(form);
  const result = formToScenario(form);
  if (result.ok) throw new Error('expected the form to be refused');
  return wordProblems(result.problems, form);
}

describe('builder problems in the field’s own words (WCAG 3.3.1, 3.3.3)', () => {
  it.each<[string, (form: ScenarioForm) => void, { field: string; text: string }]>([
    ['an empty title', (f) => (f.title = '  '), { field: 'title', text: 'Title: enter a title.' }],
    [
      'an id without the custom- prefix',
      (f) => (f.id = 'latest-wiring'),
      {
        field: 'id',
        text: 'Id: use custom- followed by lower-case words joined by single dashes, such as custom-my-canary.',
      },
    ],
    [
      'an id over 48 characters',
      (f) => (f.id = `custom-${'a'.repeat(60)}`),
      { field: 'id', text: 'Id: shorten it to at most 48 characters.' },
    ],
    [
      'markup in the title',
      (f) => (f.title = 'A <b>bold</b> trap'),
      { field: 'title', text: 'Title: angle brackets (HTML markup) are not allowed.' },
    ],
    ['no trap tag ticked', (f) => (f.traps = []), { field: 'traps', text: 'Trap tags: tick at least one trap tag.' }],
    [
      'no question',
      (f) => (f.question = ''),
      { field: 'question', text: 'Question: enter the question the learner answers.' },
    ],
    [
      'an empty second choice',
      (f) => (f.choices[1]!.text = ''),
      { field: 'choice-1-text', text: 'Text of choice b: enter the text of choice b.' },
    ],
    [
      'a choice without its explanation',
      (f) => (f.choices[0]!.why = ''),
      { field: 'choice-0-why', text: 'Why for choice a: say why choice a is right or wrong.' },
    ],
    [
      'a single choice',
      (f) => (f.choices = [f.choices[0]!]),
      { field: 'choice-0-text', text: 'Choices: give at least 2 choices.' },
    ],
    [
      'a reveal link outside the AWS documentation',
      (f) => (f.revealDocs = 'https://example.com/blog'),
      {
        field: 'revealDocs',
        text: 'AWS documentation links for the reveal, line 1: enter a full link that starts with https://docs.aws.amazon.com/.',
      },
    ],
    [
      'no further reading',
      (f) => (f.docs = '\n  \n'),
      { field: 'docs', text: 'Further reading: add at least one AWS documentation link.' },
    ],
    [
      'a check time that is not a duration',
      (f) => (f.goalCheck.within = 'soon'),
      { field: 'goalCheck-within', text: 'Goal check: within: write a simulated time such as 30s, 5m or 1h 5m.' },
    ],
    [
      'a check that may take three hours',
      (f) => (f.trapCheck.within = '3h'),
      { field: 'trapCheck-within', text: 'Trap check: within: keep it to at most 2h of simulated time.' },
    ],
    [
      'minutes left empty',
      (f) => (f.minutes = null as unknown as number),
      { field: 'minutes', text: 'Minutes: enter a whole number of minutes from 1 to 60.' },
    ],
    [
      'minutes over an hour',
      (f) => (f.minutes = 90),
      { field: 'minutes', text: 'Minutes: enter a whole number of minutes from 1 to 60.' },
    ],
    ['no hints', (f) => (f.hints = ''), { field: 'hints', text: 'Hints: write at least one hint.' }],
    [
      'an empty reference fix',
      (f) => (f.referenceLines = ''),
      { field: 'referenceLines', text: 'Reference fix steps: write at least one step.' },
    ],
  ])('%s', (_case, edit, expected) => {
    expect(wordedAfter(edit)).toContainEqual(expect.objectContaining(expected));
  });

  it('names the line of a step it cannot read, counting blank lines as the text area shows them', () => {
    const worded = wordedAfter((f) => (f.setupLines = `${f.setupLines}\n\ncurl http://example.com`));
    const line = copy().setupLines.split('\n').length + 2;
    expect(worded).toContainEqual({
      field: 'setupLines',
      label: `Setup steps, line ${line}`,
      advice: 'Start the line with `aws ` or `sam ` (or one of the # instructions).',
      text: `Setup steps, line ${line}: start the line with \`aws \` or \`sam \` (or one of the # instructions).`,
    });
  });

  it('points a duplicate file path at the second file’s path box', () => {
    const worded = wordedAfter((f) => f.files.push({ path: f.files[0]!.path, content: '{}' }));
    expect(worded).toContainEqual(
      expect.objectContaining({
        field: 'files-0-path',
        text: 'Path of file 1: give each file its own path; this one appears twice.',
      }),
    );
  });

  it('points an unfinished condition at that condition, numbered as the form numbers it', () => {
    const worded = wordedAfter((f) => {
      const alarm = { ...f.goalCheck.predicates[0]!, kind: 'alarm-ever' as const, alarmName: '' };
      f.goalCheck.predicates.push(alarm);
    });
    const n = copy().goalCheck.predicates.length;
    expect(worded).toContainEqual(
      expect.objectContaining({
        field: `goalCheck-${n}`,
        text: `Goal check, condition ${n + 1}: enter the alarm name.`,
      }),
    );
  });

  it('never shows the validator’s own text', () => {
    const worded = wordedAfter((f) => {
      f.title = '';
      f.team = '';
      f.minutes = 0;
      f.highlight = 'Not An Event';
      f.revealDocs = 'not a link';
      f.traps = [];
    });
    for (const w of worded) expect(w.text).not.toMatch(/Too small|Too big|Invalid|expected|received|>=|<=/);
    expect(worded.map((w) => w.text)).toEqual(
      expect.arrayContaining([
        'The team and its system: describe the team and its system.',
        'Events the player points at: write event types such as deployment.stopped, separated by commas.',
        'AWS documentation links for the reveal, line 1: enter a full link that starts with https://docs.aws.amazon.com/.',
      ]),
    );
  });

  it('shows one message beside each field, with the line it is about', () => {
    const messages = messagesByField([
      { field: 'title', label: 'Title', advice: 'Enter a title.', text: 'Title: enter a title.' },
      {
        field: 'setupLines',
        label: 'Setup steps, line 3',
        advice: 'Start the line with `aws `.',
        text: 'Setup steps, line 3: start the line with `aws `.',
      },
      {
        field: 'setupLines',
        label: 'Setup steps, line 5',
        advice: 'Use a wait of at most 2h.',
        text: 'Setup steps, line 5: use a wait of at most 2h.',
      },
    ]);
    expect(messages.get('title')).toBe('Enter a title.');
    expect(messages.get('setupLines')).toBe('Line 3: start the line with `aws `. Line 5: use a wait of at most 2h.');
  });
});
