import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/scenario/catalog';
import { formToScenario, scenarioToForm, TEMPLATE_PATH } from '../../../src/scenario/form/scenarioForm';
import { formatStepLines, parseStepLines } from '../../../src/scenario/form/stepLines';
import { blankPredicate, formToPredicate, predicateToForm } from '../../../src/scenario/form/predicateForms';

const builtIn = (id: string) => loadScenarios().find((s) => s.id === id)!;
const relabel = <T extends { predict: { choices: { id: string }[] } }>(s: T) => ({
  ...s,
  predict: { ...s.predict, choices: s.predict.choices.map(({ id: _id, ...c }) => c) },
});

describe('builder step lines (one step per line, as typed in a terminal)', () => {
  it('reads commands, an expected failure, waits and traffic lines', () => {
    const { steps, problems } = parseStepLines(
      [
        'aws lambda publish-version --function-name pay',
        '',
        '# expect failure: aws deploy create-deployment --application-name a',
        '# wait 2m',
        '# traffic ApiGateway pay:live 20/s',
        '# stop traffic pay:live',
        'sam deploy --template-file template.yaml --stack-name s',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(steps).toEqual([
      'aws lambda publish-version --function-name pay',
      { run: 'aws deploy create-deployment --application-name a', expectFailure: true },
      { wait: '2m' },
      { traffic: { source: 'ApiGateway', target: 'pay:live', ratePerSecond: 20 } },
      { stopTraffic: 'pay:live' },
      'sam deploy --template-file template.yaml --stack-name s',
    ]);
  });

  it('names the line of anything it cannot read instead of guessing', () => {
    const { problems } = parseStepLines('aws lambda list-functions\nrm -rf /\n# traffic Carrier pay 3/s\n# sleep 5m');
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems[1]!.message).toContain('ApiGateway');
  });

  it('writes every built-in scenario step back as lines that read the same', () => {
    for (const def of loadScenarios()) {
      for (const steps of [def.setup.steps, def.setup.deployment ?? [], def.fix.reference.steps, def.fix.wrong.steps]) {
        const normalised = steps.map((s) => (typeof s === 'object' && 'run' in s && !s.expectFailure ? s.run : s));
        expect(parseStepLines(formatStepLines(steps)).steps, def.id).toEqual(normalised);
      }
    }
  });
});

describe('builder checks (predicate templates with an advanced JSON fallback)', () => {
  it('turns the templates into the predicates the goal checker reads', () => {
    expect(formToPredicate({ ...blankPredicate('deployment-status'), which: 'last-user', status: 'Stopped' })).toEqual({
      predicate: { deployment: { which: 'last-user', status: 'Stopped' } },
    });
    expect(formToPredicate(blankPredicate('rollback-created'))).toEqual({
      predicate: { deployment: { which: 'last', creator: 'codeDeployRollback' } },
    });
    expect(formToPredicate({ ...blankPredicate('alarm-ever'), alarmName: 'orders-live-errors' })).toEqual({
      predicate: { alarmEverIn: { name: 'orders-live-errors', state: 'ALARM' } },
    });
    expect(
      formToPredicate({ ...blankPredicate('alias-version'), functionName: 'pay', aliasName: 'live', version: '3' }),
    ).toEqual({ predicate: { alias: { function: 'pay', name: 'live', version: '3', weights: 'none' } } });
  });

  it('recognises a template in an existing predicate and keeps any other one as JSON', () => {
    expect(predicateToForm({ deployment: { which: 'last', creator: 'codeDeployRollback' } }).kind).toBe(
      'rollback-created',
    );
    expect(predicateToForm({ alias: { function: 'pay', name: 'live', version: '1', weights: 'none' } }).kind).toBe(
      'alias-version',
    );
    const other = predicateToForm({ servedShare: { function: 'pay', version: '$LATEST', min: 1 } });
    expect(other.kind).toBe('json');
    expect(formToPredicate(other)).toEqual({
      predicate: { servedShare: { function: 'pay', version: '$LATEST', min: 1 } },
    });
  });

  it('refuses advanced JSON that is not a predicate the simulator knows', () => {
    expect(formToPredicate({ ...blankPredicate('json'), json: '{"eval":"alert(1)"}' })).toHaveProperty('problem');
    expect(formToPredicate({ ...blankPredicate('json'), json: 'not json' })).toEqual({
      problem: 'the advanced predicate is not valid JSON',
    });
  });
});

describe('builder form → scenario', () => {
  it.each(loadScenarios().map((s) => [s.id]))(
    'a copy of %s converts back to the same scenario under its custom id (choices relabelled a, b, c…)',
    (id) => {
      const def = builtIn(id);
      const result = formToScenario(scenarioToForm(def, `custom-copy-of-${id}`));
      expect(result.ok && relabel(result.scenario)).toEqual(relabel({ ...def, id: `custom-copy-of-${id}` }));
    },
  );

  it('a SAM scenario opens in template mode with the template in its own field', () => {
    const form = scenarioToForm(builtIn('sam-first-deploy'), 'custom-sam');
    expect(form.setupMode).toBe('template');
    expect(form.template).toContain('AutoPublishAlias: live');
    expect(form.files.map((f) => f.path)).toEqual(['src/orders.json']);
    const result = formToScenario(form);
    expect(result.ok && result.scenario.setup.files?.[TEMPLATE_PATH]).toBe(form.template);
  });

  it('lists every problem with the field to fix: bad id, an unreadable line, the correct choice and a non-AWS link', () => {
    const form = scenarioToForm(builtIn('latest-wiring'), 'Latest wiring');
    form.setupLines += '\ncurl http://example.com';
    const curlLine = form.setupLines.split('\n').length;
    form.revealDocs = 'https://example.com/blog';
    form.choices = [form.choices[0]!];
    const result = formToScenario(form);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([`setup.steps line ${curlLine}`, 'id', 'predict.choices', 'reveal.docs.0']),
    );
  });
});
