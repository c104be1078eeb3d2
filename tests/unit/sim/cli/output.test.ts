import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../../src/sim/cli/output/json';
import { formatText } from '../../../../src/sim/cli/output/text';
import { formatTable } from '../../../../src/sim/cli/output/table';
import { isoFormat, normalise } from '../../../../src/sim/cli/output/normalise';
import { markDoubles, tagDoubles, WholeDouble } from '../../../../src/sim/cli/output/doubles';

const alias = {
  AliasArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders:live',
  Name: 'live',
  FunctionVersion: '1',
  Description: '',
  RoutingConfig: { AdditionalVersionWeights: { '2': 0.1 } },
  RevisionId: 'r-1',
};

describe('--output json', () => {
  it('indents with 4 spaces and keeps the response order, as the CLI prints json.dumps(indent=4)', () => {
    expect(formatJson({ StatusCode: 200, ExecutedVersion: '3' })).toBe(
      '{\n    "StatusCode": 200,\n    "ExecutedVersion": "3"\n}\n',
    );
  });

  it('prints whole doubles the way Python does (Threshold 0.0, weight 1.0)', () => {
    const response = { Threshold: 0, RoutingConfig: { AdditionalVersionWeights: { '2': 1 } }, EvaluationPeriods: 1 };
    expect(formatJson(markDoubles(response, tagDoubles(response)))).toBe(
      '{\n    "Threshold": 0.0,\n    "RoutingConfig": {\n        "AdditionalVersionWeights": {\n            "2": 1.0\n        }\n    },\n    "EvaluationPeriods": 1\n}\n',
    );
  });

  it('prints empty lists and objects inline', () => {
    expect(formatJson({ Aliases: [], Tags: {} })).toBe('{\n    "Aliases": [],\n    "Tags": {}\n}\n');
  });
});

describe('--output text (awscli text formatter)', () => {
  it('prints scalars of an object tab-separated in key order, then nested objects under their upper-cased name', () => {
    expect(formatText(alias)).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:orders:live\t\t1\tlive\tr-1\nADDITIONALVERSIONWEIGHTS\t0.1\n',
    );
  });

  it('prints one row per object in a list, prefixed with the list name and with the same columns', () => {
    expect(
      formatText({
        Aliases: [
          { Name: 'live', FunctionVersion: '1' },
          { Name: 'beta', FunctionVersion: '2', Description: 'x' },
        ],
      }),
    ).toBe('ALIASES\t\t1\tlive\nALIASES\tx\t2\tbeta\n');
  });

  it('prints whole doubles as Python floats (0.0)', () => {
    expect(formatText({ Threshold: new WholeDouble(0), EvaluationPeriods: 1 })).toBe('1\t0.0\n');
  });

  it('prints a scalar list on one line, and True/False/None as Python does', () => {
    expect(formatText(['1', '2', '3'])).toBe('1\t2\t3\n');
    expect(formatText({ enabled: true })).toBe('True\n');
    expect(formatText(null)).toBe('None\n');
  });
});

describe('--output table', () => {
  it('draws a titled box with a header row and a value row', () => {
    const out = formatTable({ FunctionVersion: '1', Name: 'live' }, 'GetAlias');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^-+$/);
    expect(lines[1]).toMatch(/^\|\s+GetAlias\s+\|$/);
    expect(out).toContain('FunctionVersion');
    expect(out).toMatch(/\|\s+1\s+\|\s+live\s+\|/);
    const widths = new Set(lines.map((l) => l.length));
    expect(widths.size).toBe(1);
  });

  it('nests sub-objects as indented sub-tables titled with the member name', () => {
    const out = formatTable(alias, 'GetAlias');
    expect(out).toMatch(/\|\|\s+RoutingConfig\s+\|\|/);
    expect(out).toMatch(/\|\|\|\s+AdditionalVersionWeights\s+\|\|\|/);
    expect(
      new Set(
        out
          .trimEnd()
          .split('\n')
          .map((l) => l.length),
      ).size,
    ).toBe(1);
  });

  it('prints one row per element of a list of objects', () => {
    const out = formatTable({ Aliases: [{ Name: 'live' }, { Name: 'beta' }] }, 'ListAliases');
    expect(out).toMatch(/\|\s+live\s+\|/);
    expect(out).toMatch(/\|\s+beta\s+\|/);
  });
});

describe('normalising responses', () => {
  it('prints dates as ISO 8601 with +00:00 and microseconds only when there are milliseconds', () => {
    expect(isoFormat(new Date(Date.UTC(2026, 0, 5, 9)))).toBe('2026-01-05T09:00:00+00:00');
    expect(isoFormat(new Date(Date.UTC(2026, 0, 5, 9, 0, 0, 123)))).toBe('2026-01-05T09:00:00.123000+00:00');
  });

  it('drops undefined members and $metadata, and shows bytes as base64', () => {
    expect(normalise({ a: undefined, b: new TextEncoder().encode('hi'), $metadata: { httpStatusCode: 200 } })).toEqual({
      b: 'aGk=',
    });
  });
});

describe('whole doubles through --query', () => {
  it('keeps the mark when the query only selects or renames', () => {
    // As if `--query "MetricAlarms[].[Threshold,EvaluationPeriods]"` ran over both copies.
    const tagged = tagDoubles({ MetricAlarms: [{ Threshold: 0, EvaluationPeriods: 1 }] }) as {
      MetricAlarms: Array<Record<string, unknown>>;
    };
    const queriedTagged = tagged.MetricAlarms.map((a) => [a.Threshold, a.EvaluationPeriods]);
    expect(markDoubles([[0, 1]], queriedTagged)).toEqual([[new WholeDouble(0), 1]]);
  });

  it('marks nothing when the tagged and plain results differ in shape', () => {
    expect(markDoubles([0], [])).toEqual([0]);
  });
});
