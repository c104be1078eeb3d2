/**
 * The Lab page's way to a scenario's world: `/lab?scenario=<id>` opens that scenario's world as a titled
 * preset. The setup module (and with it every scenario's text) is loaded only when such a link is opened,
 * so the Lab's own bundle stays small.
 */
import type { WorldSetup } from './labSetup';

/** Titles only (the build-time `?index` of each scenario), so naming a preset loads no scenario text. */
const indexed = import.meta.glob<{ id: string; title: string }>('/content/scenarios/*.yaml', {
  query: '?index',
  import: 'default',
  eager: true,
});

/**
 * An old `/lab?scenario=<id>` link opens the scenario's world as a titled preset; the guided player
 * (story, prediction, watched run, fix) lives at `guidedHref`. Undefined for an unknown id.
 */
export function scenarioPreset(id: string): { title: string; guidedHref: string } | undefined {
  const entry = Object.values(indexed).find((s) => s.id === id);
  return entry && { title: entry.title, guidedHref: `/scenarios/${encodeURIComponent(id)}` };
}

export function scenarioWorldSetup(id: string): WorldSetup {
  return async (world) => {
    const { scenarioSetup } = await import('./labSetup');
    await scenarioSetup(id)(world);
  };
}
