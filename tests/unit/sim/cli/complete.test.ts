import { describe, expect, it } from 'vitest';
import { complete } from '../../../../src/sim/cli';

const at = (line: string) => complete(line, line.length);

describe('console completion', () => {
  it('offers the programs, then services, then commands', () => {
    expect(at('a')).toEqual({ from: 0, options: ['aws'] });
    expect(at('aws ')).toEqual({ from: 4, options: ['lambda', 'deploy', 'cloudwatch', 'help'] });
    expect(at('aws lambda update-a')).toEqual({ from: 11, options: ['update-alias'] });
  });

  it('offers the parameters not yet given, with --no- forms for booleans', () => {
    const { options } = at('aws lambda update-function-code --function-name f --');
    expect(options).toContain('--zip-file');
    expect(options).toContain('--publish');
    expect(options).toContain('--no-publish');
    expect(options).not.toContain('--function-name');
  });

  it('offers the fixed values of a parameter and of --output', () => {
    expect(at('aws deploy create-application --application-name a --compute-platform L').options).toEqual(['Lambda']);
    expect(at('aws lambda get-alias --output t').options).toEqual(['text', 'table']);
  });

  it('completes at the cursor, not at the end of the line', () => {
    const line = 'aws lam get-alias';
    expect(complete(line, 7)).toEqual({ from: 4, options: ['lambda'] });
  });

  it('offers nothing for an unknown service', () => {
    expect(at('aws s3 ').options).toEqual([]);
  });
});
