import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, nextSeed, parseShareParams, shareUrl } from '../../../src/ui/scenarios/shareParams';

const q = (s: string) => new URLSearchParams(s);

describe('scenario share links (/scenarios/<id>?seed=N)', () => {
  it('opens the same scenario and seed', () => {
    expect(parseShareParams('hook-never-reports', q('seed=7'))).toEqual({
      ok: true,
      id: 'hook-never-reports',
      seed: 7,
    });
  });
  it('uses the default seed when none is given', () => {
    expect(parseShareParams('latest-wiring', q(''))).toEqual({ ok: true, id: 'latest-wiring', seed: DEFAULT_SEED });
  });
  it.each(['-1', '0', '1e3', '0x10', '3.5', '99999999999', '<script>', '7 ', ''])(
    'rejects the hostile seed %j with a message',
    (seed) => {
      const r = parseShareParams('latest-wiring', q(`seed=${encodeURIComponent(seed)}`));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/seed must be a whole number/);
    },
  );
  it('rejects two seeds', () => {
    expect(parseShareParams('latest-wiring', q('seed=1&seed=2')).ok).toBe(false);
  });
  it('rejects an unknown or hostile id without echoing more than 60 characters', () => {
    const r = parseShareParams(`<img src=x onerror=alert(1)>${'a'.repeat(200)}`, q(''));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(140);
    expect(parseShareParams('__proto__', q('')).ok).toBe(false);
  });
  it('builds a link that parses back to the same scenario and seed', () => {
    const url = new URL(shareUrl('https://lab.example', 'pc-on-alias', 123));
    expect(parseShareParams(url.pathname.split('/')[2], url.searchParams)).toEqual({
      ok: true,
      id: 'pc-on-alias',
      seed: 123,
    });
  });
  it('reset picks a different valid seed', () => {
    const s = nextSeed(42);
    expect(s).not.toBe(42);
    expect(parseShareParams('latest-wiring', q(`seed=${s}`)).ok).toBe(true);
  });
});
