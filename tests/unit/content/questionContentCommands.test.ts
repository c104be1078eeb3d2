/**
 * Content that cannot drift from the CLI (issue 15): every `aws …` / `sam …` line and every template
 * shown in notes, questions and scenarios goes through the Lab's own parsers in a fresh world. A
 * line may fail as a service call (the function does not exist in an empty account: that is the
 * AWS answer, not a syntax problem), but never at parsing, where the real CLI would stop it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sim';
import { EXIT_USAGE, runCommand } from '../../../src/sim/cli';
import { deploySam } from '../../../src/sim/sam';
import { parseTemplate } from '../../../src/sim/sam/templateParser';
import { parseLambdaAppSpec } from '../../../src/sim/codedeploy/appSpec';
import { snippetsInData, snippetsInMarkdown, type ContentSnippet } from '../../../src/content/questionContentCommands';

const root = join(__dirname, '../../..');
function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ending.test(f))
    .map((f) => join(dir, f));
}
const read = (file: string) => readFileSync(join(root, file), 'utf8');

const notes = filesUnder('content', /\.md$/).flatMap((f) => snippetsInMarkdown(f, read(f)));
const questionData = filesUnder('questions', /\.ya?ml$/).flatMap((f) => snippetsInData(f, parse(read(f))));
// A scenario's commands read the files its setup provides (code/v1.json, deploy/v2.yaml…), so those are checked too.
const scenarioFiles = new Map<string, Record<string, string>>();
const scenarioData = filesUnder('content/scenarios', /\.ya?ml$/).flatMap((f) => {
  const data = parse(read(f)) as { setup?: { files?: Record<string, string> } };
  scenarioFiles.set(f, data.setup?.files ?? {});
  return snippetsInData(f, data);
});
const yamlData = [...questionData, ...scenarioData];
const all: ContentSnippet[] = [...notes, ...yamlData];
const commands = all.filter((s) => s.kind === 'command');
const templates = all.filter((s) => s.kind === 'template');
const appSpecs = all.filter((s) => s.kind === 'appspec');

/**
 * SAM CLI commands the Lab's console does not run (it models `sam deploy` only): their lines are
 * listed by the extraction but not parsed. https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-command-reference.html
 */
const SAM_NOT_MODELLED = ['build', 'package', 'sync', 'validate', 'local', 'init', 'logs', 'pipeline'];

/** An empty account, with a samconfig.toml (as a SAM project has) and the scenario's own files. */
function freshWorld(file: string) {
  const world = createWorld({ seed: 1 });
  world.workspace.write('samconfig.toml', 'version = 0.1\n[default.deploy.parameters]\nstack_name = "content-check"\n');
  for (const [path, text] of Object.entries(scenarioFiles.get(file) ?? {})) world.workspace.write(path, text);
  return world;
}

// Failures the real CLI reports before calling AWS: argument parsing, shorthand and JSON syntax.
const PARSE_FAILURE =
  /Error parsing parameter|Unknown options|Invalid choice|the following arguments are required|expected one argument|Expected: /;

describe('content that cannot drift from the CLI', () => {
  it('finds the commands and templates the content shows (the extraction itself works)', () => {
    expect(commands.length).toBeGreaterThan(50);
    expect(templates.length).toBeGreaterThan(2);
    // Questions and scenarios as well as notes.
    expect(commands.some((c) => c.where.startsWith('questions/'))).toBe(true);
    expect(commands.some((c) => c.where.startsWith('content/scenarios/'))).toBe(true);
    expect(commands.some((c) => c.where.endsWith('.md') || /\.md:\d+$/.test(c.where))).toBe(true);
  });

  it('every aws and sam line in notes, questions and scenarios parses as the CLI would parse it', async () => {
    const failures: string[] = [];
    for (const c of commands) {
      const samSubcommand = /^sam\s+([a-z-]+)/.exec(c.text)?.[1];
      if (samSubcommand && SAM_NOT_MODELLED.includes(samSubcommand)) continue;
      const world = freshWorld(c.where.split(' ')[0]!);
      const result = await runCommand(world, c.text);
      const parseFailed = result.exitCode === EXIT_USAGE || result.exitCode === 2 || PARSE_FAILURE.test(result.stderr);
      // A command named in running prose (`aws deploy create-deployment`) need not carry its arguments.
      const nameOnly = !c.text.includes(' --') && /arguments are required/.test(result.stderr);
      // A file a note or question refers to (fileb://function.zip) does not exist in an empty workspace.
      const missingFile = /Unable to load paramfile .*No such file/.test(result.stderr);
      if (parseFailed && !nameOnly && !missingFile)
        failures.push(`${c.where}: ${c.text}\n    → ${result.stderr.trim().split('\n').pop()}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('every whole template parses, and deploys into a fresh account without a template error', () => {
    const failures: string[] = [];
    for (const t of templates) {
      try {
        parseTemplate(t.text);
        deploySam(freshWorld(t.where.split(' ')[0]!), t.text, { stackName: 'content-check', parameterOverrides: {} });
      } catch (e) {
        failures.push(`${t.where}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('every AppSpec shown parses as a Lambda AppSpec', () => {
    expect(appSpecs.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const a of appSpecs) {
      try {
        parseLambdaAppSpec(a.text);
      } catch (e) {
        failures.push(`${a.where}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('would catch the shorthand the CLI rejects: a quoted key in AdditionalVersionWeights', async () => {
    const result = await runCommand(
      freshWorld('none'),
      `aws lambda update-alias --function-name orders --name live --routing-config 'AdditionalVersionWeights={"8":0.05}'`,
    );
    expect(result.exitCode === EXIT_USAGE || PARSE_FAILURE.test(result.stderr)).toBe(true);
    const fixed = await runCommand(
      freshWorld('none'),
      `aws lambda update-alias --function-name orders --name live --routing-config 'AdditionalVersionWeights={8=0.05}'`,
    );
    // Parsed, then refused by Lambda: the function does not exist in an empty account.
    expect(fixed.stderr).toMatch(/ResourceNotFoundException/);
  });

  it('lists where each snippet came from, relative to the project', () => {
    for (const s of all) expect(relative(root, join(root, s.where.split(/[: ]/)[0]!))).not.toMatch(/^\.\./);
  });
});
