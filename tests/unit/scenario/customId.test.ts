import { describe, expect, it } from 'vitest';
import { customCopyId, isCustomScenarioId } from '../../../src/scenario/customId';
import { loadScenarios } from '../../../src/scenario/catalog';

describe('the id a copy gets in the scenario builder', () => {
  it('prefixes a built-in id with custom-, giving a valid custom id for every bundled scenario', () => {
    expect(customCopyId('latest-wiring')).toBe('custom-latest-wiring');
    for (const s of loadScenarios()) expect(isCustomScenarioId(customCopyId(s.id))).toBe(true);
  });

  it('keeps a custom id as it is', () => {
    expect(customCopyId('custom-my-canary')).toBe('custom-my-canary');
  });
});
