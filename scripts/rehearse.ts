// `npm run rehearse -- path/to/template.yaml [--json] [--error-rate 0.2] [--rps 50] [--seed 42]`
// Runs Rehearse's rules and a simulated bad release headless (see README, "Rehearse your own release").
import { readFileSync } from 'node:fs';
import { runCli } from '../src/rehearse/cli';

const code = await runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
