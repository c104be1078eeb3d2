/**
 * Geometry of the per-topic score chart: D3 computes, Svelte draws (TopicBars.svg.svelte).
 * Horizontal bars, one row per topic, share correct on a 0–100 % axis, with the approximate pass line.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface TopicScore {
  topic: string;
  label: string;
  correct: number;
  total: number;
}

export interface ChartOptions {
  width: number;
  rowHeight?: number;
  labelWidth?: number;
  marginRight?: number;
  marginTop?: number;
  axisHeight?: number;
  passShare?: number;
}

export interface Bar {
  topic: string;
  label: string;
  share: number;
  /** Track (the full 0–100 % band) and the filled part. */
  trackX: number;
  trackWidth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
  valueText: string;
}

export interface Tick {
  share: number;
  x: number;
  text: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: Bar[];
  ticks: Tick[];
  passX: number;
  axisY: number;
}

export function topicChartLayout(scores: readonly TopicScore[], options: ChartOptions): ChartLayout {
  const rowHeight = options.rowHeight ?? 32;
  const labelWidth = options.labelWidth ?? 180;
  const marginRight = options.marginRight ?? 56;
  const marginTop = options.marginTop ?? 8;
  const axisHeight = options.axisHeight ?? 24;
  const passShare = options.passShare ?? 0.72;
  const plotBottom = marginTop + scores.length * rowHeight;
  const x = scaleLinear()
    .domain([0, 1])
    .range([labelWidth, Math.max(labelWidth + 1, options.width - marginRight)]);
  const y = scaleBand<string>()
    .domain(scores.map((s) => s.topic))
    .range([marginTop, plotBottom])
    .paddingInner(0.25)
    .paddingOuter(0.125);
  const bars = scores.map((s) => {
    const share = s.total ? s.correct / s.total : 0;
    const top = y(s.topic) ?? marginTop;
    return {
      topic: s.topic,
      label: s.label,
      share,
      trackX: x(0),
      trackWidth: x(1) - x(0),
      x: x(0),
      y: top,
      width: x(share) - x(0),
      height: y.bandwidth(),
      labelY: top + y.bandwidth() / 2,
      valueText: `${s.correct}/${s.total}`,
    };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ share, x: x(share), text: `${share * 100}%` }));
  return { width: options.width, height: plotBottom + axisHeight, bars, ticks, passX: x(passShare), axisY: plotBottom };
}
