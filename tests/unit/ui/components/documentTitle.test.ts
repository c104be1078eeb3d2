import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../../src/ui/components/documentTitle';

describe('documentTitle', () => {
  it('puts the most specific part first and the app name last', () => {
    expect(documentTitle('Aliases and weighted routing', 'Learn')).toBe(
      'Aliases and weighted routing · Learn · Canary Lab',
    );
  });

  it('leaves out missing or blank parts, so an area index is just the area', () => {
    expect(documentTitle(undefined, 'Learn')).toBe('Learn · Canary Lab');
    expect(documentTitle('  ', 'Learn')).toBe('Learn · Canary Lab');
    expect(documentTitle()).toBe('Canary Lab');
  });
});
