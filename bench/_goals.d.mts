// Types for bench/_goals.mjs, used by the TypeScript benchmarks.
export interface Goal {
  figure: string;
  value: number | null;
  goal: string;
  met: boolean;
}
export function goal(
  figure: string,
  value: number | null | undefined,
  comparison: '<' | '<=' | '>' | '>=',
  target: number,
  unit?: string,
): Goal;
