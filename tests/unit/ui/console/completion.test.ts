import { describe, expect, it } from 'vitest';
import { complete } from '../../../../src/sim/cli';
import { applyCompletion, longestCommonPrefix } from '../../../../src/ui/lab/console/completion';

const tab = (line: string, cursor = line.length) => applyCompletion(line, cursor, complete(line, cursor));

describe('tab completion in the console', () => {
  it('completes a unique service and adds a space', () => {
    expect(tab('aws lam')).toEqual({ line: 'aws lambda ', cursor: 11, choices: [] });
  });

  it('completes a unique command of the service', () => {
    expect(tab('aws lambda publish-v').line).toBe('aws lambda publish-version ');
  });

  it('extends to the common prefix of several commands and lists them', () => {
    const r = tab('aws lambda get-a');
    expect(r.line).toBe('aws lambda get-a');
    expect(r.choices).toEqual(['get-alias', 'get-account-settings']);
    const s = tab('aws lambda update-f');
    expect(s.line).toBe('aws lambda update-function-co');
    expect(s.choices).toEqual(['update-function-code', 'update-function-configuration']);
  });

  it('completes a parameter name and then an enum value of that parameter', () => {
    expect(tab('aws lambda create-function --runt').line).toBe('aws lambda create-function --runtime ');
    const r = tab('aws cloudwatch set-alarm-state --state-value AL');
    expect(r.line).toBe('aws cloudwatch set-alarm-state --state-value ALARM ');
  });

  it('completes in the middle of a line without doubling the space after the caret', () => {
    const line = 'aws lam get-alias';
    const r = applyCompletion(line, 7, complete(line, 7));
    expect(r.line).toBe('aws lambda get-alias');
    expect(r.cursor).toBe(11);
  });

  it('leaves the line unchanged when nothing matches', () => {
    expect(tab('aws nosuch')).toEqual({ line: 'aws nosuch', cursor: 10, choices: [] });
  });

  it('finds the longest common prefix', () => {
    expect(longestCommonPrefix(['--function-name', '--function-version'])).toBe('--function-');
    expect(longestCommonPrefix([])).toBe('');
  });
});
