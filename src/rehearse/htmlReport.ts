import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Analysis } from './analyse';
import { describeFault, formatSeconds } from './figures';
import type { RehearsalResult } from './rehearsal';

/**
 * The report a team keeps: one self-contained HTML file (inline CSS and SVG, no scripts, no
 * external requests) with the findings, the rehearsal's figures and chart, the template's SHA-256
 * and the seed, so anyone can rerun exactly the same rehearsal. Print styles keep it on paper.
 */
export interface ReportInput {
  templateName: string;
  analysis: Analysis;
  rehearsal?: RehearsalResult;
  /** ISO time the report was made (passed in so the report is reproducible in tests). */
  generatedAt: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Line colours with enough contrast on white, and a dash pattern each so the chart reads in grey too. */
const SERIES_STYLES = [
  { stroke: '#1d4ed8', dash: '' },
  { stroke: '#b45309', dash: '6 3' },
  { stroke: '#047857', dash: '2 3' },
  { stroke: '#b91c1c', dash: '10 3 2 3' },
];

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: { d: string; stroke: string; dash: string; label: string }[];
}

/** Failed requests over time, one line per configuration: d3 computes, the report and the page draw. */
export function chartGeometry(rehearsal: RehearsalResult, width = 640, height = 260): ChartGeometry {
  const margin = { top: 12, right: 16, bottom: 40, left: 64 };
  const maxFailed = Math.max(1, ...rehearsal.results.map((r) => r.failedRequests));
  const x = scaleLinear()
    .domain([0, rehearsal.horizonSeconds])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, maxFailed])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<{ t: number; failed: number }>()
    .x((p) => x(p.t))
    .y((p) => y(p.failed));
  return {
    width,
    height,
    plot: { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom },
    xTicks: x.ticks(6).map((t) => ({ x: x(t), label: formatSeconds(t) })),
    yTicks: y.ticks(5).map((v) => ({ y: y(v), label: String(v) })),
    lines: rehearsal.results.map((r, i) => ({
      d: path(r.series) ?? '',
      ...SERIES_STYLES[i % SERIES_STYLES.length]!, // i % length is always in range
      label: `${r.configName}${r.ownConfiguration ? ' (yours)' : ''}`,
    })),
  };
}

export const CHART_LABEL = 'Failed requests over time after the deployment started, one line per configuration';

function failedRequestsChart(rehearsal: RehearsalResult): string {
  const g = chartGeometry(rehearsal);
  const { plot } = g;
  const dash = (d: string) => (d ? ` stroke-dasharray="${d}"` : '');
  const axes = [
    ...g.xTicks.map(
      (t) =>
        `<g><line x1="${t.x}" x2="${t.x}" y1="${plot.bottom}" y2="${plot.bottom + 4}" stroke="#555"/><text x="${t.x}" y="${plot.bottom + 16}" text-anchor="middle">${esc(t.label)}</text></g>`,
    ),
    ...g.yTicks.map(
      (t) =>
        `<g><line x1="${plot.left}" x2="${plot.right}" y1="${t.y}" y2="${t.y}" stroke="#e5e7eb"/><text x="${plot.left - 6}" y="${t.y + 4}" text-anchor="end">${esc(t.label)}</text></g>`,
    ),
  ].join('');
  const lines = g.lines
    .map((l) => `<path d="${l.d}" fill="none" stroke="${l.stroke}" stroke-width="2"${dash(l.dash)}/>`)
    .join('');
  const legend = g.lines
    .map(
      (l) =>
        `<li><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="${l.stroke}" stroke-width="2"${dash(l.dash)}/></svg> ${esc(l.label)}</li>`,
    )
    .join('');
  return `<figure class="chart"><svg viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${CHART_LABEL}">
<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#555"/>
${axes}${lines}
<text x="${(plot.left + plot.right) / 2}" y="${g.height - 4}" text-anchor="middle">time since the deployment started</text>
<text transform="translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle">failed requests</text>
</svg><figcaption><ul class="legend">${legend}</ul></figcaption></figure>`;
}

export function buildReportHtml(input: ReportInput): string {
  const { analysis, rehearsal } = input;
  const findings = analysis.findings;
  const findingsHtml =
    findings.length === 0
      ? '<p>No deployment traps found.</p>'
      : `<ol class="findings">${findings
          .map(
            (f) => `<li class="finding ${f.severity}">
<p><strong class="sev">${f.severity}</strong> <code>${esc(f.rule)}</code> on <code>${esc(f.resource)}</code>${f.position ? ` (line ${f.position.line})` : ''}</p>
<p>${esc(f.message)}</p>
<p><em>Suggested fix:</em> ${esc(f.suggestion)}</p>
<p><a href="${esc(f.docs)}">${esc(f.docs)}</a></p>
</li>`,
          )
          .join('')}</ol>`;
  const notSimulated =
    analysis.notSimulated.length === 0
      ? ''
      : `<p>Kept but not simulated: ${analysis.notSimulated.map((r) => `<code>${esc(r.logicalId)}</code> (${esc(r.type)})`).join(', ')}.</p>`;
  const rehearsalHtml = rehearsal
    ? `<section><h2>Rehearsal</h2>
<p>A bad release of <code>${esc(rehearsal.functionId)}:${esc(rehearsal.aliasName)}</code>: ${esc(describeFault(rehearsal))}, watched for ${esc(formatSeconds(rehearsal.horizonSeconds))} after the deployment started. Alarms rehearsed: ${rehearsal.alarmsRehearsed.length > 0 ? rehearsal.alarmsRehearsed.map((a) => `<code>${esc(a)}</code>`).join(', ') : 'none'}.</p>
${rehearsal.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('')}
<table><caption>The same release under each configuration</caption>
<thead><tr><th scope="col">Configuration</th><th scope="col">Shifting</th><th scope="col">Outcome</th><th scope="col">Failed requests</th><th scope="col">Alarm after</th><th scope="col">All traffic back after</th><th scope="col">Peak cold starts per minute</th></tr></thead>
<tbody>${rehearsal.results
        .map(
          (r) =>
            `<tr${r.ownConfiguration ? ' class="own"' : ''}><th scope="row">${esc(r.configName)}${r.ownConfiguration ? ' (yours)' : ''}</th><td>${esc(r.shifting)}</td><td>${esc(r.status)}</td><td>${r.failedRequests} of ${r.requests}</td><td>${r.secondsUntilAlarm === undefined ? 'never' : esc(formatSeconds(r.secondsUntilAlarm))}</td><td>${r.secondsUntilTrafficBack === undefined ? 'never' : esc(formatSeconds(r.secondsUntilTrafficBack))}</td><td>${r.peakColdStartsPerMinute}</td></tr>`,
        )
        .join('')}</tbody></table>
${failedRequestsChart(rehearsal)}
</section>`
    : '<section><h2>Rehearsal</h2><p>Not run: the template has no CodeDeploy deployment to rehearse.</p></section>';
  const high = findings.filter((f) => f.severity === 'high').length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rehearse report: ${esc(input.templateName)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#111827;background:#fff;max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d1d5db}
code{font-family:ui-monospace,monospace;font-size:.92em;background:#f3f4f6;padding:0 .2em;border-radius:3px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}
ol.findings{padding-left:1.2rem}.finding{margin-bottom:1rem;border-left:4px solid #6b7280;padding-left:.75rem}.finding p{margin:.2rem 0}
.finding.high{border-color:#b91c1c}.finding.medium{border-color:#b45309}.finding.low{border-color:#1d4ed8}
.sev{text-transform:uppercase;font-size:.8rem;letter-spacing:.05em}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #d1d5db;padding:.35rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;margin-bottom:.3rem}tr.own{background:#eff6ff}
.chart svg{width:100%;height:auto;font-size:11px}.chart text{fill:#374151}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
a{color:#1d4ed8;overflow-wrap:anywhere}.note{color:#374151}
@media print{body{max-width:none;padding:0;font-size:11pt}h2{break-after:avoid}.finding,tr,figure{break-inside:avoid}a{color:#111827}a::after{content:""}}
</style>
</head>
<body>
<header>
<h1>Rehearse report: ${esc(input.templateName)}</h1>
<p>${findings.length} finding${findings.length === 1 ? '' : 's'}, ${high} of them high.</p>
<dl class="meta">
<dt>Template SHA-256</dt><dd><code>${esc(analysis.model.hash)}</code></dd>
<dt>Seed</dt><dd>${rehearsal ? rehearsal.seed : 'not rehearsed'}</dd>
<dt>Made</dt><dd>${esc(input.generatedAt)} with Canary Lab's Rehearse (simulated, nothing left the device)</dd>
</dl>
</header>
<main>
<section><h2>Findings</h2>${findingsHtml}${notSimulated}</section>
${rehearsalHtml}
</main>
</body>
</html>
`;
}
