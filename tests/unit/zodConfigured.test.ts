// zod must never compile parsers with `new Function`: index.html's Content-Security-Policy refuses it
// (no 'unsafe-eval') and reports a violation. Every schema imports z from src/zodConfigured.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from '../../src/zodConfigured';

describe('zodConfigured', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('switches zod to jitless mode before any schema is used', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('parses an object schema without creating a function from a string', () => {
    const RealFunction = globalThis.Function;
    const made = vi.fn((...args: string[]) => new RealFunction(...args));
    vi.stubGlobal('Function', made);
    const schema = z.object({ id: z.string(), count: z.number().int() });
    expect(schema.parse({ id: 'a', count: 2 })).toEqual({ id: 'a', count: 2 });
    expect(schema.safeParse({ id: 1 }).success).toBe(false);
    expect(made).not.toHaveBeenCalled();
  });
});
