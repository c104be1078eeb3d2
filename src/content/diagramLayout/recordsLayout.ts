// Geometry of a records diagram: API records (a deployment, its rollback, a version) stacked as
// boxes, each field on two lines (name, then value) so long field names fit a phone, and a link
// from a field to the record its value names, drawn in the gutter on the right.
import { cumsum } from 'd3-array';
import type { RecordsDiagram } from '../diagramSchema';

const TITLE_HEIGHT = 30;
const FIELD_HEIGHT = 38;
const BOX_GAP = 30;
const LANE_GAP = 9;

export interface RecordBox {
  id: string;
  title: string;
  y: number;
  height: number;
  fields: { name: string; value: string; y: number; linksTo?: string }[];
}

export interface RecordLink {
  from: string;
  field: string;
  to: string;
  /** SVG path from the field's row to the target record's title, through its own lane. */
  path: string;
  lane: number;
}

export interface RecordsLayout {
  width: number;
  height: number;
  boxWidth: number;
  boxes: RecordBox[];
  links: RecordLink[];
}

export function layoutRecords(diagram: RecordsDiagram, width: number): RecordsLayout {
  const linkCount = diagram.records.flatMap((r) => r.fields.filter((f) => f.linksTo)).length;
  const gutter = 14 + linkCount * LANE_GAP;
  const boxWidth = Math.max(160, width - gutter);
  const heights = diagram.records.map((r) => TITLE_HEIGHT + r.fields.length * FIELD_HEIGHT + 6);
  const ends = [...cumsum(heights.map((h) => h + BOX_GAP))];
  // heights and ends are built from diagram.records, so index i is always in range.
  const boxes: RecordBox[] = diagram.records.map((record, i) => {
    const y = ends[i]! - heights[i]! - BOX_GAP + 1;
    return {
      id: record.id,
      title: record.title,
      y,
      height: heights[i]!,
      fields: record.fields.map((field, f) => ({ ...field, y: y + TITLE_HEIGHT + f * FIELD_HEIGHT })),
    };
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const links: RecordLink[] = [];
  for (const box of boxes)
    for (const field of box.fields) {
      const target = field.linksTo ? byId.get(field.linksTo) : undefined;
      if (!target) continue;
      const lane = links.length;
      const laneX = boxWidth + 8 + lane * LANE_GAP;
      const y1 = field.y + FIELD_HEIGHT / 2 + 4;
      const y2 = target.y + TITLE_HEIGHT / 2;
      links.push({
        from: box.id,
        field: field.name,
        to: target.id,
        lane,
        path: `M${boxWidth},${y1}H${laneX}V${y2}H${boxWidth + 2}`,
      });
    }
  const last = boxes[boxes.length - 1]!; // the schema requires at least two records
  return { width, height: last.y + last.height + 2, boxWidth, boxes, links };
}
