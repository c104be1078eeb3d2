/**
 * The builder writes scenario steps as plain lines, one per step, so a facilitator can paste what they
 * would type in a terminal:
 *   aws … / sam …                         a command line (the same parser as the Lab console)
 *   # expect failure: aws …               a command that must fail with an AWS error
 *   # wait 5m                             let simulated time pass
 *   # traffic ApiGateway pay:live 20/s    an invoker starts sending requests to a target
 *   # stop traffic pay:live               every invoker of that target stops
 * Blank lines are skipped. Anything else is refused with its line number rather than guessed at.
 */
import type { Step } from '../schema';

export const TRAFFIC_SOURCES = ['ApiGateway', 'EventBridge', 'S3', 'SNS', 'SQS', 'Client'] as const;

export interface LineProblem {
  /** 1-based line number in the text area. */
  line: number;
  message: string;
}

const WAIT = /^#\s*wait\s+((\d+\s*[hms]\s*)+)$/i;
const TRAFFIC = /^#\s*traffic\s+(\S+)\s+(\S+)\s+(\d+(?:\.\d+)?)\s*(?:\/s|rps)?$/i;
const STOP = /^#\s*stop\s+traffic\s+(\S+)$/i;
const EXPECT = /^#\s*expect\s+failure:\s*(.+)$/i;
const COMMAND = /^(aws|sam) \S/;

/** The syntax, shown once in the builder next to the setup steps. */
export const STEP_LINE_SYNTAX: readonly { example: string; meaning: string }[] = [
  { example: 'aws … / sam …', meaning: 'a command line, exactly as in the Lab console' },
  { example: '# expect failure: aws …', meaning: 'a command that must fail with an AWS error' },
  { example: '# wait 5m', meaning: 'let simulated time pass (s, m, h)' },
  {
    example: '# traffic ApiGateway pay:live 20/s',
    meaning: `an invoker starts sending requests (sources: ${TRAFFIC_SOURCES.join(', ')})`,
  },
  { example: '# stop traffic pay:live', meaning: 'every invoker of that target stops' },
];

type Parsed = { step: Step } | { problem: string };

// The '!' below: no capture group of WAIT, TRAFFIC, STOP or EXPECT is optional, so a match fills them all.
function parseLine(text: string): Parsed {
  if (COMMAND.test(text)) return { step: text };
  const expect = EXPECT.exec(text);
  if (expect) {
    const line = expect[1]!.trim();
    return COMMAND.test(line)
      ? { step: { run: line, expectFailure: true } }
      : { problem: 'after “# expect failure:” write an `aws …` or `sam …` command' };
  }
  const wait = WAIT.exec(text);
  if (wait) return { step: { wait: wait[1]!.trim() } };
  const traffic = TRAFFIC.exec(text);
  if (traffic) {
    const source = TRAFFIC_SOURCES.find((s) => s.toLowerCase() === traffic[1]!.toLowerCase());
    if (!source) return { problem: `the traffic source must be one of ${TRAFFIC_SOURCES.join(', ')}` };
    return { step: { traffic: { source, target: traffic[2]!, ratePerSecond: Number(traffic[3]) } } };
  }
  const stop = STOP.exec(text);
  if (stop) return { step: { stopTraffic: stop[1]! } };
  if (text.startsWith('#'))
    return {
      problem:
        'unknown instruction; use # wait 5m, # traffic <source> <target> <n>/s, # stop traffic <target> or # expect failure: <command>',
    };
  return { problem: 'start the line with `aws ` or `sam ` (or one of the # instructions)' };
}

export function parseStepLines(text: string): { steps: Step[]; problems: LineProblem[] } {
  const steps: Step[] = [];
  const problems: LineProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const parsed = parseLine(line);
    if ('problem' in parsed) problems.push({ line: i + 1, message: parsed.problem });
    else steps.push(parsed.step);
  });
  return { steps, problems };
}

export function formatStep(step: Step): string {
  if (typeof step === 'string') return step;
  if ('run' in step) return step.expectFailure ? `# expect failure: ${step.run}` : step.run;
  if ('wait' in step) return `# wait ${step.wait}`;
  if ('traffic' in step)
    return `# traffic ${step.traffic.source} ${step.traffic.target} ${step.traffic.ratePerSecond}/s`;
  return `# stop traffic ${step.stopTraffic}`;
}

export const formatStepLines = (steps: readonly Step[] | undefined): string => (steps ?? []).map(formatStep).join('\n');
