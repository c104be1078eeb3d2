import { describe, expect, it } from 'vitest';
import { CommandHistory, HISTORY_STORAGE_KEY, type HistoryStorage } from '../../../../src/ui/lab/console/history';

function memoryStorage(initial: Record<string, string> = {}): HistoryStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('console history', () => {
  it('↑ walks back from the newest line and stops at the oldest', () => {
    const h = new CommandHistory({ entries: ['a', 'b', 'c'] });
    expect(h.previous('')).toBe('c');
    expect(h.previous('c')).toBe('b');
    expect(h.previous('b')).toBe('a');
    expect(h.previous('a')).toBeUndefined();
  });

  it('↓ walks forward and then gives back the line that was being typed before walking', () => {
    const h = new CommandHistory({ entries: ['a', 'b'] });
    h.previous('aws lam');
    h.previous('b');
    expect(h.next()).toBe('b');
    expect(h.next()).toBe('aws lam');
    expect(h.next()).toBeUndefined();
  });

  it('does not store blank lines or the same line twice in a row, and restarts the walk after a command', () => {
    const h = new CommandHistory();
    h.push('aws lambda get-alias --function-name orders --name live');
    h.push('   ');
    h.push('aws lambda get-alias --function-name orders --name live');
    h.push('ls');
    expect(h.entries).toEqual(['aws lambda get-alias --function-name orders --name live', 'ls']);
    h.previous('');
    h.push('cat template.yaml');
    expect(h.previous('')).toBe('cat template.yaml');
  });

  it('keeps only the newest lines up to its cap', () => {
    const h = new CommandHistory({ limit: 3 });
    for (const l of ['1', '2', '3', '4', '5']) h.push(l);
    expect(h.entries).toEqual(['3', '4', '5']);
  });

  it('survives a reload through storage under its namespaced key', () => {
    const storage = memoryStorage();
    new CommandHistory({ storage }).push('aws deploy list-deployment-configs');
    expect(JSON.parse(storage.data.get(HISTORY_STORAGE_KEY)!)).toEqual(['aws deploy list-deployment-configs']);
    const reloaded = new CommandHistory({ storage });
    expect(reloaded.previous('')).toBe('aws deploy list-deployment-configs');
  });

  it('ignores corrupt stored history instead of failing', () => {
    const storage = memoryStorage({ [HISTORY_STORAGE_KEY]: '{not json' });
    expect(new CommandHistory({ storage }).entries).toEqual([]);
    const mixed = memoryStorage({ [HISTORY_STORAGE_KEY]: JSON.stringify(['ls', 3, null]) });
    expect(new CommandHistory({ storage: mixed }).entries).toEqual(['ls']);
  });
});
