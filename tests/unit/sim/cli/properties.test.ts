import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCommand, commandCatalog, cliName } from '../../../../src/sim/cli';
import { createWorld } from '../../../../src/sim';

/** Words a learner might type, including the awkward ones. */
const word = fc.oneof(
  fc.constantFrom(
    'aws',
    'sam',
    'deploy',
    'lambda',
    'cloudwatch',
    'help',
    '--output',
    'text',
    'table',
    '--query',
    'Name',
    '--cli-input-json',
    '{}',
    '[',
    '{',
    '"',
    "'",
    '|',
    '>',
    ';',
    '$LATEST',
    'file://x',
    'fileb://y',
    '--no-publish',
    '--publish',
    'a=b,c=[d',
    '--payload',
    'out.json',
    '=',
  ),
  ...commandCatalog.flatMap((s) => [
    fc.constantFrom(...s.commands.map((c) => c.name)),
    fc.constantFrom(...s.commands.flatMap((c) => c.params.map(cliName))),
  ]),
  fc.string({ maxLength: 12 }),
);
const randomLine = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));

/** A valid command with its required parameters, then a random mutation. */
const validThenMutated = fc
  .record({
    service: fc.constantFrom(...commandCatalog),
    pick: fc.nat(),
    value: fc.constantFrom(
      'orders',
      'live',
      '1',
      '0.5',
      'x=1',
      '{"a":1}',
      'AdditionalVersionWeights={2=0.1}',
      'Name=FunctionName,Value=orders',
    ),
    mutation: fc.constantFrom('none', 'drop-last', 'duplicate', 'junk', 'swap'),
    junk: word,
  })
  .map(({ service, pick, value, mutation, junk }) => {
    const command = service.commands[pick % service.commands.length];
    const words = ['aws', service.name, command!.name];
    for (const p of command!.params) if (p.required) words.push(...(p.positional ? ['out.json'] : [cliName(p), value]));
    if (mutation === 'drop-last') words.pop();
    if (mutation === 'duplicate') words.push(...words.slice(3, 5));
    if (mutation === 'junk') words.splice(3 + (pick % Math.max(1, words.length - 3)), 0, junk);
    if (mutation === 'swap' && words.length > 4) [words[3], words[4]] = [words[4]!, words[3]!];
    return words.join(' ');
  });

describe('runCommand properties', () => {
  it('always resolves with an exit code and leaves the world unchanged when the exit code is not 0', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomLine, validThenMutated), async (line) => {
        const world = createWorld({ seed: 7 });
        const before = JSON.stringify(world.snapshot());
        const result = await runCommand(world, line);
        expect(Number.isInteger(result.exitCode)).toBe(true);
        expect(typeof result.stdout).toBe('string');
        expect(typeof result.stderr).toBe('string');
        if (result.exitCode !== 0) expect(JSON.stringify(world.snapshot())).toBe(before);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
