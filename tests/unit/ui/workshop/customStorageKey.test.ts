import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOM_SCENARIOS_KEY, hasCustomScenariosToRead } from '../../../../src/ui/workshop/builder/customStorageKey';

describe('whether the builder has saved scenarios to read (and so loads the schemas)', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('has nothing to read in a browser where nothing was saved', () => {
    expect(hasCustomScenariosToRead()).toBe(false);
  });

  it('has something to read once a scenario list was saved, damaged or not', () => {
    localStorage.setItem(CUSTOM_SCENARIOS_KEY, 'not json');
    expect(hasCustomScenariosToRead()).toBe(true);
  });

  it('reads anyway when storage refuses to be read, so that the refusal is reported', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(hasCustomScenariosToRead()).toBe(true);
  });
});
