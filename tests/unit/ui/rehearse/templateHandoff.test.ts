import { describe, expect, it } from 'vitest';
import {
  HANDOFF_MAX_CHARS,
  handTemplateToRehearse,
  takeHandedTemplate,
} from '../../../../src/ui/rehearse/templateHandoff';

describe('handing the Lab template to Rehearse', () => {
  it('gives the template to Rehearse once', () => {
    expect(handTemplateToRehearse('Resources: {}\n')).toBe(true);
    expect(takeHandedTemplate()).toBe('Resources: {}\n');
    expect(takeHandedTemplate()).toBeUndefined();
  });

  it('hands nothing over when there was no hand-off', () => {
    sessionStorage.clear();
    expect(takeHandedTemplate()).toBeUndefined();
  });

  it('refuses a text larger than any template instead of filling the storage', () => {
    expect(handTemplateToRehearse('x'.repeat(HANDOFF_MAX_CHARS + 1))).toBe(false);
    expect(takeHandedTemplate()).toBeUndefined();
  });

  it('says so when the browser refuses to store it', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(handTemplateToRehearse('Resources: {}\n', full)).toBe(false);
  });
});
