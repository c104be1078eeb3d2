// Non-text contrast of the Lab's charts (WCAG 2.2 SC 1.4.11, issue 22 item 9): every stroke, band marker
// and particle a learner must see is at least 3:1 against what it is drawn on, in both themes. The colours
// are read from the design tokens themselves (src/ui/styles/tokens.css), and the relative-luminance and
// contrast-ratio formulas are WCAG's own definitions:
// https://www.w3.org/WAI/WCAG22/Understanding/non-text-contrast.html and
// https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const tokensCss = read('src/ui/styles/tokens.css');

/** Every `--name: value;` declared in tokens.css (the first declaration wins; the file declares each once). */
const declared = new Map<string, string>();
for (const [, name, value] of tokensCss.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g))
  if (!declared.has(name!)) declared.set(name!, value!.trim());

type Theme = 'light' | 'dark';

/** A token's colour in one theme: light-dark(a, b) picks a branch, var(--x) is followed. */
function colour(token: string, theme: Theme): string {
  const value = declared.get(token);
  if (!value) throw new Error(`${token} is not declared in tokens.css`);
  const lightDark = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  const chosen = lightDark ? lightDark[theme === 'light' ? 1 : 2] : value;
  const reference = /^var\((--[a-z0-9-]+)\)$/.exec(chosen!);
  if (reference) return colour(reference[1]!, theme);
  if (!/^#[0-9a-f]{6}$/i.test(chosen!)) throw new Error(`${token} in ${theme} is not a #rrggbb colour: ${chosen}`);
  return chosen!.toLowerCase();
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);

/** WCAG relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter. */
function contrast(a: string, b: string): number {
  const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `top` painted at `alpha` over `under` (source-over compositing), as a canvas does with globalAlpha. */
function over(top: string, alpha: number, under: string): string {
  const t = channels(top);
  const u = channels(under);
  return `#${t
    .map((c, i) => Math.round((c * alpha + u[i]! * (1 - alpha)) * 255))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

const themes: Theme[] = ['light', 'dark'];
const panel = '--color-surface'; // every Lab view sits in a .panel (src/ui/styles/base.css)
const particles = [
  '--color-success-fg',
  '--color-error-fg',
  '--color-throttled-fg',
  '--color-cold-start-fg',
  '--color-provisioned-fg',
];
const bands = [
  { fill: '--color-success-bg', edge: '--color-band-ok' },
  { fill: '--color-error-bg', edge: '--color-band-alarm' },
  { fill: '--color-warning-bg', edge: '--color-band-insufficient' },
];

describe.each(themes)('chart contrast in the %s theme', (theme) => {
  const on = (fg: string, bg: string) => contrast(colour(fg, theme), colour(bg, theme));

  it('the WCAG formula gives its known end points (black on white 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });

  it('traffic-flow link edges stand 3:1 against the panel', () => {
    expect(on('--color-chart-link', panel)).toBeGreaterThanOrEqual(3);
  });

  it.each(particles)('%s particles stand 3:1 against the panel and against the tinted link they travel on', (p) => {
    expect(on(p, panel)).toBeGreaterThanOrEqual(3);
    // The link's middle is --color-chart-link at 35 % over the panel (TrafficFlow.canvas.svelte).
    const tint = over(colour('--color-chart-link', theme), 0.35, colour(panel, theme));
    expect(contrast(colour(p, theme), tint)).toBeGreaterThanOrEqual(3);
  });

  it.each(bands)('the $edge strip of an alarm-state band stands 3:1 against the panel', ({ edge }) => {
    expect(on(edge, panel)).toBeGreaterThanOrEqual(3);
  });

  it.each(bands)('the metric line and the threshold stand 3:1 against the $fill band they cross', ({ fill }) => {
    expect(on('--color-info-fg', fill)).toBeGreaterThanOrEqual(3);
    expect(on('--color-error-fg', fill)).toBeGreaterThanOrEqual(3);
  });

  it("the timeline's planned, actual and now lines stand 3:1 against the panel, and now is not the actual line's colour", () => {
    expect(on('--color-text-muted', panel)).toBeGreaterThanOrEqual(3);
    expect(on('--color-version-new', panel)).toBeGreaterThanOrEqual(3);
    expect(on('--color-chart-now', panel)).toBeGreaterThanOrEqual(3);
    expect(colour('--color-chart-now', theme)).not.toBe(colour('--color-version-new', theme));
  });
});

describe('the chart components draw with these tokens', () => {
  // A token that passes is no use if the component paints something else: each rule is read from its source.
  const uses = [
    { file: 'src/ui/lab/components/TrafficFlow.canvas.svelte', rule: '.swatch.link', token: '--color-chart-link' },
    { file: 'src/ui/lab/components/Timeline.svg.svelte', rule: '.now', token: '--color-chart-now' },
    { file: 'src/ui/lab/components/Metrics.svg.svelte', rule: '.band-edge-OK', token: '--color-band-ok' },
    { file: 'src/ui/lab/components/Metrics.svg.svelte', rule: '.band-edge-ALARM', token: '--color-band-alarm' },
    {
      file: 'src/ui/lab/components/Metrics.svg.svelte',
      rule: '.band-edge-INSUFFICIENT_DATA',
      token: '--color-band-insufficient',
    },
  ];
  it.each(uses)('$rule in $file uses $token', ({ file, rule, token }) => {
    const source = read(file);
    const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const body = new RegExp(`\\n\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(source)?.[1];
    expect(body, `${rule} not found in ${file}`).toBeDefined();
    expect(body).toContain(`var(${token})`);
  });
});
