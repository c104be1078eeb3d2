import { describe, expect, it } from 'vitest';
import { endsWithContinuation, splitCommandLines } from '../../../../src/ui/lab/console/pasteLines';

describe('pasting several lines', () => {
  it('runs each pasted line in order, skipping blank lines and # comments', () => {
    expect(
      splitCommandLines(
        'aws lambda publish-version --function-name orders\n\n# then the alias\naws lambda get-alias --function-name orders --name live\n',
      ),
    ).toEqual([
      'aws lambda publish-version --function-name orders',
      'aws lambda get-alias --function-name orders --name live',
    ]);
  });

  it('joins a line ending in a backslash with the next, as the AWS docs print long commands', () => {
    const text =
      'aws lambda update-alias \\\n  --function-name orders \\\n  --name live \\\n  --function-version 2\nls';
    expect(splitCommandLines(text)).toEqual([
      'aws lambda update-alias   --function-name orders   --name live   --function-version 2',
      'ls',
    ]);
  });

  it('accepts Windows line endings', () => {
    expect(splitCommandLines('ls\r\naws lambda \\\r\nhelp\r\n')).toEqual(['ls', 'aws lambda help']);
  });

  it('treats an escaped backslash at the end as a literal, not a continuation', () => {
    expect(endsWithContinuation('echo a\\')).toBe(true);
    expect(endsWithContinuation('echo a\\\\')).toBe(false);
    expect(splitCommandLines('echo a\\\\\necho b')).toEqual(['echo a\\\\', 'echo b']);
  });

  it('still runs a last line that ends in a continuation with nothing after it', () => {
    expect(splitCommandLines('aws lambda help \\')).toEqual(['aws lambda help']);
  });
});
