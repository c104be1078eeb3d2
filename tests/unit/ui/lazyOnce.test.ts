import { describe, expect, it } from 'vitest';
import { lazyOnce } from '../../../src/ui/lazyOnce';

describe('lazyOnce: code a page loads on demand', () => {
  it('starts the load once, however many callers ask, and hands over the value without waiting afterwards', async () => {
    let starts = 0;
    const lazy = lazyOnce(() => Promise.resolve(`chunk ${++starts}`));
    expect(lazy.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect([a, b, starts]).toEqual(['chunk 1', 'chunk 1', 1]);
    expect(lazy.loaded()).toBe('chunk 1');
    expect(await lazy.load()).toBe('chunk 1');
    expect(starts).toBe(1);
  });

  it('forgets a failed load (a chunk gone after an app update), so the next call tries again', async () => {
    let starts = 0;
    const lazy = lazyOnce(() => (++starts === 1 ? Promise.reject(new Error('Failed to fetch')) : Promise.resolve(7)));
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.loaded()).toBeUndefined();
    expect(await lazy.load()).toBe(7);
    expect(starts).toBe(2);
  });
});
