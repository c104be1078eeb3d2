import { stringify as toYaml } from 'yaml';
import type { CommandSpec, Shape } from './catalog/types';
import { formatJson } from './output/json';
import { unmarkDoubles, WholeDouble } from './output/doubles';
import { CliUsageError } from './errors';

/**
 * `--generate-cli-skeleton [input|yaml-input]`: an input template to fill in and pass back with
 * --cli-input-json / --cli-input-yaml, as the AWS CLI prints it (empty strings, 0, 0.0, true,
 * one-element lists and a "KeyName" entry for maps).
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html
 */
export function generateSkeleton(command: CommandSpec, kind: string | undefined): string {
  const skeleton: Record<string, unknown> = {};
  for (const p of command.params) if (!p.positional && !p.target) skeleton[p.member] = example(p.shape);
  if (kind === undefined || kind === 'input') return formatJson(skeleton);
  if (kind === 'yaml-input') return toYaml(unmarkDoubles(skeleton));
  throw new CliUsageError(`--generate-cli-skeleton ${kind} is not available in the Lab: use input or yaml-input`);
}

function example(shape: Shape): unknown {
  switch (shape.type) {
    case 'string':
      return '';
    case 'integer':
      return 0;
    case 'double':
      return new WholeDouble(0);
    case 'boolean':
      return true;
    case 'blob':
      return null;
    case 'timestamp':
      return '1970-01-01T00:00:00';
    case 'list':
      return [example(shape.member)];
    case 'map':
      return { KeyName: example(shape.value) };
    case 'structure':
      return Object.fromEntries(Object.entries(shape.members).map(([k, v]) => [k, example(v)]));
  }
}
