// Geometry of a lifecycle diagram: the five events stacked top to bottom (a vertical timeline fits
// a phone), the hook windows beside the two hookable events, and the alarm-polling band down the
// left edge from the start of the deployment to the event where alarms stop mattering.
import { cumsum } from 'd3-array';
import type { LifecycleDiagram } from '../diagramSchema';
import { charsThatFit, wrapText } from './wrapText';

export const LIFECYCLE_BAND_WIDTH = 18;
const BOX_LEFT = 34;
const HOOK_GUTTER = 84;
const ROW_GAP = 18;
const EVENT_HEIGHT = 48;
/** AllowTraffic is drawn taller: it is where the time goes (up to 48 hours of shifting). */
const SHIFT_HEIGHT = 72;
const TOP = 6;

export interface LifecycleRow {
  name: string;
  label: string;
  hook?: string;
  y: number;
  height: number;
}

export interface LifecycleLayout {
  width: number;
  height: number;
  box: { x: number; width: number };
  rows: LifecycleRow[];
  /** One bracket beside each event that runs a hook. */
  hookWindows: { event: string; y1: number; y2: number; x: number; lines: string[] }[];
  alarmBand: { x: number; width: number; y1: number; y2: number; until: string };
}

export function layoutLifecycle(diagram: LifecycleDiagram, width: number): LifecycleLayout {
  const heights = diagram.events.map((e) => (e.name === 'AllowTraffic' ? SHIFT_HEIGHT : EVENT_HEIGHT));
  const ends = [...cumsum(heights.map((h) => h + ROW_GAP))];
  // heights and ends are built from diagram.events, so index i is always in range; the schema fixes
  // the events to the full Lambda lifecycle, so rows is never empty.
  const rows: LifecycleRow[] = diagram.events.map((event, i) => ({
    name: event.name,
    label: event.label,
    hook: event.hook,
    y: TOP + (ends[i]! - heights[i]! - ROW_GAP),
    height: heights[i]!,
  }));
  const boxWidth = Math.max(150, width - BOX_LEFT - HOOK_GUTTER);
  const hookX = BOX_LEFT + boxWidth + 8;
  const hookLines = wrapText(diagram.hookLimit.label, charsThatFit(HOOK_GUTTER - 18));
  const hookWindows = rows
    .filter((row) => row.hook)
    .map((row) => ({ event: row.name, y1: row.y, y2: row.y + row.height, x: hookX, lines: hookLines }));
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const until = rows.find((row) => row.name === diagram.alarms.until) ?? last;
  return {
    width,
    height: last.y + last.height + TOP,
    box: { x: BOX_LEFT, width: boxWidth },
    rows,
    hookWindows,
    // Alarms are polled until the deployment reaches `until`: the band stops at the top of that event.
    alarmBand: { x: 0, width: LIFECYCLE_BAND_WIDTH, y1: first.y, y2: until.y, until: until.name },
  };
}
