/**
 * Path coordinates rounded to hundredths of a pixel: exact enough to draw, and short, stable strings
 * that unit tests can pin without floating-point noise.
 */
export const px = (n: number): number => Math.round(n * 100) / 100;

export type Scale = (value: number) => number;

/** A polyline through points; a gap (`undefined` value) lifts the pen so missing data is not drawn as 0. */
export function polylinePath(points: readonly { t: number; v: number | undefined }[], x: Scale, y: Scale): string {
  let d = '';
  let penDown = false;
  for (const p of points) {
    if (p.v === undefined || !Number.isFinite(p.v)) {
      penDown = false;
      continue;
    }
    d += `${penDown ? 'L' : 'M'}${px(x(p.t))},${px(y(p.v))}`;
    penDown = true;
  }
  return d;
}
