/**
 * The player's share link: /scenarios/<id>?seed=N. Both come from a URL anyone can craft, so they
 * are checked before use: an unknown id or a seed that is not a plain positive integer is rejected
 * with a message instead of reaching the simulator.
 */
import { SCENARIO_IDS, type ScenarioId } from '../../content/notesIds';

export const DEFAULT_SEED = 42;
const MAX_SEED = 2 ** 31 - 1;

export type ShareParams = { ok: true; id: ScenarioId; seed: number } | { ok: false; message: string };

export function parseShareParams(rawId: string | undefined, query: URLSearchParams): ShareParams {
  const id = rawId ?? '';
  if (!(SCENARIO_IDS as readonly string[]).includes(id)) {
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    return { ok: false, message: `There is no scenario called “${shown}”. Pick one from the list.` };
  }
  const seeds = query.getAll('seed');
  if (seeds.length > 1) return { ok: false, message: 'The link has more than one seed; use one, such as ?seed=7.' };
  const raw = seeds[0];
  if (raw === undefined) return { ok: true, id: id as ScenarioId, seed: DEFAULT_SEED };
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > MAX_SEED) {
    return {
      ok: false,
      message: `The seed must be a whole number from 1 to ${MAX_SEED}; this link has “${raw.slice(0, 20)}”.`,
    };
  }
  return { ok: true, id: id as ScenarioId, seed: Number(raw) };
}

export function shareUrl(origin: string, id: string, seed: number): string {
  return `${origin}/scenarios/${encodeURIComponent(id)}?seed=${seed}`;
}

/** A fresh seed for "Reset": derived from the previous one, so the page needs no real randomness. */
export function nextSeed(seed: number): number {
  return (seed * 48271) % MAX_SEED || 1;
}
