import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/scenario/catalog';
import { runScenario } from '../../../src/scenario/runner';
import { EVENT_WORDS, keyEntry, lookForPhrases } from '../../../src/scenario/watch';

describe('"Look for" is written in words', () => {
  it.each(loadScenarios().map((s) => [s.id, s.run.highlight] as const))(
    '%s: every highlighted event has a phrase and a rule with an AWS page',
    (_id, highlight) => {
      for (const type of highlight) {
        expect(EVENT_WORDS[type], `no words for ${type}`).toBeDefined();
        expect(EVENT_WORDS[type]!.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      }
      expect(lookForPhrases(highlight).some((p) => /^[a-z]+\.[a-zA-Z-]+$/.test(p))).toBe(false);
    },
  );
});

describe("the trap's key event", () => {
  it('all-at-once-bad-version: the rollback that follows the alarm', async () => {
    const def = loadScenarios().find((s) => s.id === 'all-at-once-bad-version')!;
    const { world, trap } = await runScenario(def, { seed: 42 });
    expect(trap.ok).toBe(true);
    const key = keyEntry(world.log.entries(), def.run.highlight, 0);
    expect(key?.type).toBe('deployment.rolled-back');
    expect(key?.message).toContain('moved alias live back to version 1');
  });

  it('falls back to the newest entry of the act when nothing highlighted happened', async () => {
    const def = loadScenarios().find((s) => s.id === 'latest-wiring')!;
    const { world } = await runScenario(def, { seed: 42 });
    const entries = world.log.entries();
    const actStart = entries.findLast((e) => e.type === 'traffic.started')!.seq;
    // The act's newest entry: the code update completing a few seconds after it began (function states).
    expect(keyEntry(entries, def.run.highlight, actStart)?.type).toBe('function.updateCompleted');
  });
});
