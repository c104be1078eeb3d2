import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTemplate } from '../../../src/rehearse/analyse';
import { buildReportHtml } from '../../../src/rehearse/htmlReport';
import { rehearse } from '../../../src/rehearse/rehearsal';

describe('the HTML report', () => {
  it('is one self-contained file with the findings, figures, chart, template hash and seed', async () => {
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/rehearse/two-traps.yaml'), 'utf8');
    const analysis = analyseTemplate(text);
    const rehearsal = await rehearse(analysis.model, {
      seed: 9,
      fault: { errorRate: 0.5, extraLatencyMs: 0, initDurationMs: 400, hookNeverReports: false },
      traffic: { kind: 'constant', ratePerSecond: 5 },
    });
    const html = buildReportHtml({
      templateName: 'two-traps.yaml',
      analysis,
      rehearsal,
      generatedAt: '2026-01-05T09:00:00Z',
    });
    expect(html).toContain(analysis.model.hash);
    expect(html).toContain('<dt>Seed</dt><dd>9</dd>');
    expect(html).toContain('PaymentsConsumer');
    expect(html).toContain('PaymentsFunction');
    expect(html).toContain('@media print');
    // No scripts and nothing fetched from elsewhere: only the docs links point outside.
    expect(html).not.toMatch(/<script|<link|src=/i);
    // One line per configuration in the chart, one table row each.
    expect(html.match(/<path d="M/g)).toHaveLength(rehearsal!.results.length);
    expect(html.match(/<tr( class="own")?><th scope="row">/g)).toHaveLength(rehearsal!.results.length);
  });

  it('escapes text from the template', () => {
    const analysis = analyseTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n');
    const html = buildReportHtml({ templateName: '<img onerror=x>.yaml', analysis, generatedAt: 'now' });
    expect(html).toContain('&lt;img onerror=x&gt;.yaml');
    expect(html).not.toContain('<img');
  });
});
