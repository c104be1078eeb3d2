/**
 * The input surfaces a learner or a stranger controls, each as a fast-check generator of hostile
 * input and a check that says what must hold whatever the input (issue 21 item 7). `npm run fuzz`
 * runs them at scale with fixed seeds (scripts/fuzz.ts); the unit tests run a small sample of each.
 * A check returns undefined when the input was handled well, or a one-line finding.
 */
import fc from 'fast-check';
import { createWorld } from '../../src/sim';
import { runCommand } from '../../src/sim/cli';
import { deploySam, SamDeployError } from '../../src/sim/sam';
import { exportDocumentSchema } from '../../src/store/exportSchema';
import { parseUntrustedJson } from '../../src/store/hostileJson';
import { futureRecordIssue } from '../../src/store/importRanges';
import { weightedAt, addOutcome } from '../../src/store/itemStats';
import { planExam } from '../../src/store/examPlan';
import { reviewCard, retrievabilityAt } from '../../src/store/reviewScheduling';
import type { ReviewCardRecord } from '../../src/store/records';
import { StoreError } from '../../src/store/storeErrors';
import { decodeShareFragment, toBase64Url } from '../../src/workshop/codec';
import { WorkshopImportError } from '../../src/workshop/errors';
import { SCENARIO_BUDGET, scenarioCost } from '../../src/scenario/budget';
import type { AnyScenarioDef } from '../../src/scenario/custom';

/** Text that means a JavaScript failure leaked to the learner instead of an AWS-shaped message. */
const LEAK =
  /\[object Object\]|TypeError|ReferenceError|RangeError|SyntaxError: Unexpected|is not a function|Cannot read propert|Cannot convert|undefined is not|Maximum call stack|Invalid time value/;

/** Values an attacker or a careless edit puts anywhere. */
const HOSTILE_SCALARS = [
  'toString',
  'valueOf',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  '',
  ' ',
  '-1',
  '0',
  '1e+21',
  '1e9',
  'NaN',
  'Infinity',
  '9007199254740993',
  'abc',
  '$LATEST',
  '*',
  '${constructor}',
  '<script>alert(1)</script>',
  'x'.repeat(300),
  '\u0000',
  '\u202e',
  'ü',
  'arn:aws:lambda:us-east-1:123456789012:function:orders:live',
];

// ───────────────────────────── aws / sam command lines ─────────────────────────────

const BASE_LINES = [
  'aws lambda create-function --function-name orders --runtime nodejs22.x --handler index.handler --role arn:aws:iam::123456789012:role/r --zip-file fileb://code.json',
  'aws lambda publish-version --function-name orders',
  'aws lambda create-alias --function-name orders --name live --function-version 1',
  'aws lambda update-alias --function-name orders --name live --routing-config AdditionalVersionWeights={"2"=0.1}',
  'aws lambda put-provisioned-concurrency-config --function-name orders --qualifier live --provisioned-concurrent-executions 5',
  'aws lambda put-function-concurrency --function-name orders --reserved-concurrent-executions 10',
  'aws lambda invoke --function-name orders:live out.json',
  'aws lambda get-alias --function-name orders --name live --query RoutingConfig',
  'aws deploy create-application --application-name app --compute-platform Lambda',
  'aws deploy create-deployment-group --application-name app --deployment-group-name g --service-role-arn arn:aws:iam::123456789012:role/cd --deployment-style deploymentType=BLUE_GREEN,deploymentOption=WITH_TRAFFIC_CONTROL',
  'aws deploy create-deployment --application-name app --deployment-group-name g --revision \'{"revisionType":"AppSpecContent","appSpecContent":{"content":"{}"}}\'',
  'aws deploy stop-deployment --deployment-id d-123 --auto-rollback-enabled',
  'aws cloudwatch put-metric-alarm --alarm-name errors --metric-name Errors --namespace AWS/Lambda --statistic Sum --period 60 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold',
  'aws cloudwatch describe-alarms --alarm-names errors --output table',
  'sam deploy --stack-name app --template-file template.yaml',
  'sam validate --template-file template.yaml',
];
const CLI_TOKENS = [
  ...HOSTILE_SCALARS,
  '--',
  '--query',
  '--output',
  'json',
  'yaml',
  'text',
  '--cli-input-json',
  '{}',
  '{"FunctionName":{"toString":1}}',
  '[',
  ']',
  '"',
  "'",
  '\\',
  '$(id)',
  '`id`',
  '|',
  ';',
  '&&',
  '>',
  '--function-name',
  '--name',
  '--qualifier',
  '--routing-config',
  'AdditionalVersionWeights={"1"=2}',
  'Key=Value,Key2=[a,b]',
  '--debug',
  'help',
  'fileb://nope',
  'file://code.json',
  'lambda',
  'deploy',
  'cloudwatch',
];

export const cliLine = fc
  .tuple(
    fc.constantFrom(...BASE_LINES),
    fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'duplicate', 'insert', 'replace', 'random'),
        at: fc.nat(),
        token: fc.constantFrom(...CLI_TOKENS),
        random: fc.string({ maxLength: 12 }),
      }),
      { maxLength: 4 },
    ),
  )
  .map(([line, edits]) => {
    const tokens = line.split(' ');
    for (const e of edits) {
      const i = e.at % (tokens.length + 1);
      if (e.kind === 'delete') tokens.splice(i, 1);
      else if (e.kind === 'duplicate') tokens.splice(i, 0, tokens[i] ?? '');
      else if (e.kind === 'insert') tokens.splice(i, 0, e.token);
      else if (e.kind === 'replace') tokens[Math.min(i, tokens.length - 1)] = e.token;
      else tokens.splice(i, 0, e.random);
    }
    return tokens.join(' ');
  });

export function cliWorld() {
  const world = createWorld({ seed: 3 });
  world.workspace.write('code.json', '{"errorRate":0}');
  world.workspace.write(
    'template.yaml',
    "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      FunctionName: orders\n      Runtime: nodejs22.x\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/r\n      Code: { ZipFile: '{}' }\n",
  );
  return world;
}

export async function checkCliLine(world: ReturnType<typeof createWorld>, line: string): Promise<string | undefined> {
  let result;
  try {
    result = await runCommand(world, line);
  } catch (e) {
    return `runCommand threw ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 120)}`;
  }
  if (typeof result.exitCode !== 'number') return 'exit code is not a number';
  const out = `${result.stdout}\n${result.stderr}`;
  const leak = LEAK.exec(out);
  if (leak) return `output leaks "${leak[0]}": ${result.stderr.trim().slice(0, 160)}`;
  return undefined;
}

// ───────────────────────────── SAM / CloudFormation templates ─────────────────────────────

export const BASE_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: orders
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/orders.json
      Timeout: 10
      MemorySize: 256
      AutoPublishAlias: live
      DeploymentPreference:
        Type: Canary10Percent5Minutes
        Alarms:
          - !Ref ErrorsAlarm
  ErrorsAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: orders-live-errors
      Namespace: AWS/Lambda
      MetricName: Errors
      Dimensions:
        - Name: FunctionName
          Value: !Ref Orders
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
  Extra:
    Type: AWS::Lambda::Version
    Properties:
      FunctionName: !Ref Orders
  ExtraAlias:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Orders
      Name: extra
      FunctionVersion: !GetAtt Extra.Version
Outputs:
  Arn:
    Value: !Ref OrdersAliaslive
`;

const TEMPLATE_LINES = [
  '      Timeout: 0',
  '      Timeout: { a: 1 }',
  '      Timeout: [1]',
  '      MemorySize: 64',
  '      ReservedConcurrentExecutions: 950',
  '      ReservedConcurrentExecutions: -1',
  '      ReservedConcurrentExecutions: 1e9',
  '      ReservedConcurrentExecutions: abc',
  '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5000 }',
  '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 0 }',
  '      ProvisionedConcurrencyConfig: 7',
  '      RoutingConfig: { AdditionalVersionWeights: [ { FunctionVersion: 1, FunctionWeight: 2 } ] }',
  '      RoutingConfig: { AdditionalVersionWeights: [ { FunctionVersion: 1e+21, FunctionWeight: 0.1 } ] }',
  `      Name: ${'a'.repeat(129)}`,
  '      Name: 123',
  '      FunctionVersion: 1e+21',
  '      FunctionVersion: 7',
  '      FunctionName: orders',
  '      FunctionName: { toString: x }',
  '      FunctionName: [a]',
  '      Description: !Ref toString',
  '      Description: !Sub "${constructor}"',
  '      Description: !Sub "${valueOf.Arn}"',
  '      Description: !GetAtt toString.Arn',
  '      Description: *nope',
  '      Description: &a x',
  '      Description: !FindInMap [toString, a, b]',
  '      Description: !If [constructor, a, b]',
  '      Description: !Select [9, [a]]',
  '      Description: !Join [",", !Ref AWS::NoValue]',
  '      DeploymentPreference: oops',
  '        Type: NoSuchConfig',
  '        Type: !Ref valueOf',
  '      CodeUri: missing.json',
  '      Role: not-an-arn',
  '      AutoPublishAlias: 123',
  '  valueOf:',
  '  toString:',
  '  constructor:',
  '    Type: AWS::CodeDeploy::DeploymentGroup',
  '    Type: AWS::CodeDeploy::Application',
  '    Type: AWS::Lambda::Function',
  '    Type: AWS::Foo::Bar',
  '    Condition: Nope',
  '    Condition: toString',
  '    DependsOn: toString',
  '    Properties: 7',
  '    Properties:',
  '      DeploymentStyle: { DeploymentType: IN_PLACE, DeploymentOption: WITH_TRAFFIC_CONTROL }',
  '      ApplicationName: !Ref toString',
  '      ServiceRoleArn: arn:aws:iam::123456789012:role/cd',
  'Transform: [',
  'Conditions: { toString: !Equals [a, a] }',
  'Parameters: { valueOf: { Type: String } }',
  'Mappings: { toString: { a: { b: c } } }',
  '- item',
  '  : :',
  '\t tab',
];

const indentOf = (line: string): number => line.length - line.trimStart().length;

export const template = fc
  .array(
    fc.oneof(
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
      {
        weight: 8,
        arbitrary: fc.record({
          kind: fc.constant('insert' as const),
          at: fc.nat(),
          line: fc.constantFrom(...TEMPLATE_LINES),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('insert' as const),
          at: fc.nat(),
          line: fc.string({ maxLength: 20 }),
        }),
      },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((steps) => {
    const lines = BASE_TEMPLATE.split('\n');
    for (const s of steps) {
      const i = lines.length === 0 ? 0 : s.at % lines.length;
      if (s.kind === 'delete') lines.splice(i, 1);
      else if (s.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
      else {
        // Put a line after one indented like it, replacing the same key, so that most templates parse.
        const line = s.line ?? '';
        const peers = lines
          .map((l, n) => (l.trim() !== '' && indentOf(l) === indentOf(line) ? n : -1))
          .filter((n) => n >= 0);
        const key = /^\s*([A-Za-z]+):/.exec(line)?.[1];
        const sameKey = peers.filter((n) => key !== undefined && lines[n]!.trimStart().startsWith(`${key}:`));
        if (sameKey.length > 0) lines[sameKey[s.at % sameKey.length]!] = line;
        else lines.splice(peers.length > 0 ? peers[s.at % peers.length]! + 1 : i, 0, line);
      }
    }
    return lines.join('\n');
  });

export function templateWorld() {
  const world = createWorld({ seed: 7 });
  world.workspace.write('src/orders.json', '{"errorRate":0,"durationMs":100}');
  return world;
}

/** A deploy either succeeds or fails with a SamDeployError, leaves world.snapshot() as it was, and says no JavaScript. */
export function checkTemplate(text: string, update: boolean, redeploy = true): string | undefined {
  const world = templateWorld();
  if (update) deploySam(world, BASE_TEMPLATE, { stackName: 'app' });
  const before = JSON.stringify(world.snapshot());
  try {
    deploySam(world, text, { stackName: 'app' });
    return undefined;
  } catch (e) {
    if (!(e instanceof SamDeployError))
      return `threw ${(e as Error)?.name ?? typeof e}: ${String((e as Error)?.message).slice(0, 140)}`;
    const leak = LEAK.exec(e.message);
    if (leak) return `message leaks "${leak[0]}": ${e.message.slice(0, 140)}`;
    if (JSON.stringify(world.snapshot()) !== before)
      return `failed deploy changed the world: ${e.message.slice(0, 140)}`;
    // The stack is not stuck: the original template deploys after the failure.
    if (!redeploy) return undefined;
    try {
      deploySam(world, BASE_TEMPLATE, { stackName: 'app' });
    } catch (again) {
      return `after "${e.message.slice(0, 80)}" the original template no longer deploys: ${(again as Error).message.slice(0, 100)}`;
    }
    return undefined;
  }
}

// ───────────────────────────── progress import files ─────────────────────────────

const DAY = 86_400_000;
export const FUZZ_NOW = Date.UTC(2026, 5, 1, 12);

function validProgress(): Record<string, unknown> {
  const t = FUZZ_NOW - 3 * DAY;
  return {
    format: 'canary-lab-progress',
    version: 1,
    exportedAt: new Date(t).toISOString(),
    schemaVersion: 1,
    data: {
      attempts: [
        { id: 'a1', itemId: 'q1', chosenOptionIds: ['a'], correct: true, durationMs: 1000, mode: 'drill', at: t },
      ],
      reviewCards: [
        {
          id: 'question:q1',
          kind: 'question',
          itemId: 'q1',
          due: t + 2 * DAY,
          stability: 3,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: 2,
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          state: 2,
          lastReview: t,
          updatedAt: t,
        },
      ],
      scenarioRuns: [
        {
          id: 'r1',
          scenarioId: 'latest-wiring',
          seed: 1,
          predictedChoice: null,
          predictionCorrect: null,
          goalReached: true,
          durationMs: 1000,
          at: t,
          hintsUsed: 0,
        },
      ],
      notesRead: [{ noteId: 'aliases', firstReadAt: t, at: t }],
      examSessions: [
        {
          id: 'e1',
          status: 'active',
          questionIds: ['q1'],
          answers: [],
          flaggedQuestionIds: [],
          currentIndex: 0,
          startedAt: t,
          deadline: t + 3 * 3_600_000,
          submittedAt: null,
          settings: { durationMinutes: 180, passMark: 0.72, topics: [] },
          updatedAt: t,
        },
      ],
      settings: [{ key: 'theme', value: 'dark', updatedAt: t }],
      meta: [],
    },
  };
}

const HOSTILE_VALUES: unknown[] = [
  ...HOSTILE_SCALARS,
  0,
  -1,
  0.5,
  1e21,
  8_640_000_000_000_000,
  8_640_000_000_000_001,
  Date.UTC(2100, 0, 1),
  FUZZ_NOW + 5 * 60_000,
  FUZZ_NOW + DAY,
  Number.MAX_SAFE_INTEGER,
  null,
  true,
  [],
  {},
  [[[[]]]],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":1}}'),
  4,
  11,
];

/** Paths into the valid file: [table, field] for every field of every first record. */
function fieldPaths(doc: Record<string, unknown>): (string | number)[][] {
  const out: (string | number)[][] = [['format'], ['version'], ['exportedAt'], ['data']];
  const data = doc.data as Record<string, Record<string, unknown>[]>;
  for (const [table, records] of Object.entries(data)) {
    out.push(['data', table]);
    for (const field of Object.keys(records[0] ?? {})) out.push(['data', table, 0, field]);
  }
  out.push(
    ['data', 'examSessions', 0, 'settings', 'passMark'],
    ['data', 'examSessions', 0, 'settings', 'durationMinutes'],
  );
  return out;
}

export const progressFile = fc
  .array(
    fc.record({
      kind: fc.constantFrom('set', 'delete', 'duplicate-record'),
      path: fc.nat(),
      value: fc.constantFrom(...HOSTILE_VALUES),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((edits) => {
    const doc = validProgress();
    const paths = fieldPaths(doc);
    for (const e of edits) {
      const path = paths[e.path % paths.length];
      let parent: Record<string | number, unknown> = doc;
      for (const key of path!.slice(0, -1)) {
        const next = parent?.[key];
        if (typeof next !== 'object' || next === null) break;
        parent = next as Record<string | number, unknown>;
      }
      const last = path![path!.length - 1];
      if (typeof parent !== 'object' || parent === null) continue;
      if (e.kind === 'set') parent[last!] = e.value;
      else if (e.kind === 'delete') delete parent[last!];
      else if (Array.isArray(parent[last!])) (parent[last!] as unknown[]).push(...(parent[last!] as unknown[]));
    }
    return JSON.stringify(doc);
  });

/**
 * An import is refused with a store error whose message names what is wrong, or accepted; what is
 * accepted can be used: every card answers, recall and mastery are finite shares, the exam plan builds.
 */
export function checkProgressFile(text: string): string | undefined {
  let doc;
  try {
    const parsed = exportDocumentSchema.safeParse(parseUntrustedJson(text));
    if (!parsed.success) return undefined; // refused at preview (the store words the first issue)
    doc = parsed.data;
    if (futureRecordIssue(doc as never, FUZZ_NOW)) return undefined;
  } catch (e) {
    if (e instanceof StoreError) return LEAK.test(e.message) ? `refusal leaks JavaScript: ${e.message}` : undefined;
    return `validation threw ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 120)}`;
  }
  if (({} as Record<string, unknown>).polluted !== undefined) return 'Object.prototype was polluted';
  const now = new Date(FUZZ_NOW);
  try {
    for (const card of doc.data.reviewCards as ReviewCardRecord[]) {
      const next = reviewCard(card, card.kind, card.itemId, 3, now);
      if (![next.due, next.stability, next.difficulty].every(Number.isFinite)) return `card ${card.id} answers to NaN`;
      const r = retrievabilityAt(card, now);
      if (!(r >= 0 && r <= 1)) return `card ${card.id} recall is ${r}`;
    }
    let stats;
    for (const a of doc.data.attempts) stats = addOutcome(stats, 'question', 'q1', a.correct, a.at);
    if (stats) {
      const { right, total } = weightedAt(stats, FUZZ_NOW);
      if (!Number.isFinite(right) || !Number.isFinite(total) || (total > 0 && !(right / total <= 1)))
        return `mastery is ${right}/${total}`;
    }
    planExam(now, new Date(FUZZ_NOW + 20 * DAY), {
      allItems: (doc.data.reviewCards as ReviewCardRecord[]).map((c) => ({ kind: c.kind, itemId: c.itemId })),
      cards: new Map((doc.data.reviewCards as ReviewCardRecord[]).map((c) => [c.id, c])),
      notesRead: new Set(doc.data.notesRead.map((n) => n.noteId)),
      itemsStartedLastWeek: 0,
      utcOffsetMinutes: 0,
    });
    for (const exam of doc.data.examSessions)
      if (exam.questionIds.length === 0) return `exam ${exam.id} without questions was accepted`;
  } catch (e) {
    return `an accepted file breaks a later action: ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 120)}`;
  }
  return undefined;
}

// ───────────────────────────── share links ─────────────────────────────

const STEP_EDITS: unknown[] = [
  { wait: '2h' },
  { wait: '999h' },
  { wait: '1h 59m 59s' },
  { traffic: { source: 'Client', target: 'orders:live', ratePerSecond: 2000 } },
  { traffic: { source: 'Client', target: 'toString', ratePerSecond: 1 } },
  { traffic: { source: 'Nope', target: 'orders', ratePerSecond: 5 } },
  { stopTraffic: 'orders:live' },
  'aws lambda invoke --function-name orders out.json',
  'rm -rf /',
  { run: 'aws lambda get-alias --function-name orders --name live', expectFailure: true },
  { constructor: { prototype: { polluted: 1 } } },
];

export function shareLinks(base: AnyScenarioDef) {
  const edit = fc.record({
    kind: fc.constantFrom('add-steps', 'set-field', 'noise'),
    count: fc.integer({ min: 1, max: 40 }),
    step: fc.constantFrom(...STEP_EDITS),
    field: fc.constantFrom('title', 'id', 'predict', 'goal', 'run', 'setup', 'fix', 'explain'),
    value: fc.constantFrom(...HOSTILE_VALUES),
  });
  return fc
    .tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.constantFrom('j', 'z', 'x'), fc.nat())
    .map(([edits, mark, cut]) => {
      const scenario = structuredClone(base) as unknown as Record<string, unknown>;
      let noise = '';
      for (const e of edits) {
        if (e.kind === 'add-steps') {
          const setup = scenario.setup as { steps?: unknown } | null;
          if (setup && Array.isArray(setup.steps)) for (let i = 0; i < e.count; i++) setup.steps.push(e.step);
        } else if (e.kind === 'set-field') scenario[e.field] = e.value;
        else noise = String(e.value);
      }
      const json = JSON.stringify({ format: 'canary-lab-scenario', version: 1, scenario });
      const payload = toBase64Url(new TextEncoder().encode(json));
      // Some links are damaged: cut short, or with noise in the payload.
      const damaged = cut % 7 === 0 ? payload.slice(0, cut % payload.length) : payload + noise;
      return `#scenario=${mark}${damaged}`;
    });
}

/** A link is refused with a WorkshopImportError, or opened; what opens fits the run budget. */
export async function checkShareLink(link: string): Promise<string | undefined> {
  try {
    const decoded = await decodeShareFragment(link);
    if (decoded.kind !== 'scenario') return undefined;
    const cost = scenarioCost((decoded.data as { scenario: AnyScenarioDef }).scenario);
    if (cost.requests > SCENARIO_BUDGET.requests || cost.simulatedMs > SCENARIO_BUDGET.simulatedMs)
      return `link accepted over budget: ${cost.requests} requests, ${cost.simulatedMs} ms`;
    return undefined;
  } catch (e) {
    if (e instanceof WorkshopImportError)
      return LEAK.test(e.message) ? `refusal leaks JavaScript: ${e.message}` : undefined;
    return `decode threw ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 120)}`;
  }
}

// ───────────────────────────── markdown ─────────────────────────────

const MD_PIECES = [
  '> ',
  '- ',
  '1. ',
  '  ',
  '    ',
  '```',
  '~~~',
  '# ',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '![i](https://example.com/i.png)',
  '![i](x onerror=alert(1))',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">a</a>',
  '<svg onload=alert(1)>',
  '<iframe src=//evil>',
  '<style>*{}</style>',
  '[note](note:versions-and-latest)',
  '[g](glossary:alias)',
  '> [!TRAP]\n> ',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '**',
  '_',
  '`',
  '\\',
  '\n',
  '\n\n',
  'text',
];

export const markdownDoc = fc
  .array(fc.oneof(fc.constantFrom(...MD_PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .chain((pieces) =>
    fc.record({ pieces: fc.constant(pieces), nest: fc.constantFrom('', '>', '- ', '  - '), depth: fc.nat(3000) }),
  )
  .map(({ pieces, nest, depth }) => `${nest.repeat(depth % 5 === 0 ? depth : 0)}${pieces.join('')}`);

/** Rendered note HTML has nothing that runs: no script, no event handler attribute, no javascript: URL. */
export function checkMarkdown(render: (md: string) => { html: string }, md: string): string | undefined {
  let html: string;
  try {
    html = render(md).html;
  } catch (e) {
    return `render threw ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 120)}`;
  }
  if (/<script|<iframe|<object|<embed|<svg|<style/i.test(html)) return 'executable or styled element survived';
  if (/<[^>]+\son[a-z]+\s*=/i.test(html)) return 'an event handler attribute survived';
  if (/<[a-z][^>]*\s(?:href|src)\s*=\s*"\s*(?:javascript|data|vbscript):/i.test(html)) return 'a script URL survived';
  return undefined;
}
