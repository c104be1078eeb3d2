import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_LINK_PAYLOAD, toBase64Url } from '../../../src/workshop/codec';
import { WorkshopImportError } from '../../../src/workshop/errors';
import { plan, sharedScenario } from './fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const plainLink = (kind: string, value: unknown) => `#${kind}=j${toBase64Url(utf8(JSON.stringify(value)))}`;

async function rejection(fragment: string): Promise<WorkshopImportError> {
  try {
    await decodeShareFragment(fragment);
  } catch (e) {
    if (e instanceof WorkshopImportError) return e;
    throw e;
  }
  throw new Error('the link was accepted');
}

describe('share-link codec (issue 10: data only, in the URL fragment, ≤ 16 KB)', () => {
  it('round-trips a session plan through a deflate-raw link in the fragment', async () => {
    const fragment = await encodeShareFragment('plan', plan);
    expect(fragment.startsWith('#plan=z')).toBe(true);
    expect(await decodeShareFragment(fragment)).toEqual({ kind: 'plan', data: plan });
  });

  it('round-trips a whole scenario, and compression makes the link shorter than plain base64url', async () => {
    const data = sharedScenario();
    const zipped = await encodeShareFragment('scenario', data);
    const plain = await encodeShareFragment('scenario', data, { compress: false });
    expect(plain.startsWith('#scenario=j')).toBe(true);
    expect(zipped.length).toBeLessThan(plain.length);
    expect((await decodeShareFragment(plain)).data).toEqual(data);
    expect((await decodeShareFragment(zipped)).data).toEqual(data);
  });

  it('uses only URL-safe characters (no +, / or = padding)', async () => {
    const fragment = await encodeShareFragment('scenario', sharedScenario(), { compress: false });
    expect(fragment.slice('#scenario='.length)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses to make a link whose payload would exceed 16 KB', async () => {
    const big = sharedScenario();
    big.scenario.setup.files = { 'template.yaml': 'x'.repeat(40_000) };
    await expect(encodeShareFragment('scenario', big, { compress: false })).rejects.toThrow(/limited to 16 KB/);
  });

  it('rejects an oversized incoming link before decoding it', async () => {
    const e = await rejection(`#plan=j${'A'.repeat(MAX_LINK_PAYLOAD + 1)}`);
    expect(e.code).toBe('too-large');
  });

  it('rejects a small compressed link that unpacks to more than 1 MB (zip bomb)', async () => {
    const bomb = new Response(utf8(' '.repeat(2 * 1024 * 1024))).body!.pipeThrough(
      new CompressionStream('deflate-raw'),
    );
    const bytes = new Uint8Array(await new Response(bomb).arrayBuffer());
    const fragment = `#plan=z${toBase64Url(bytes)}`;
    expect(fragment.length).toBeLessThan(MAX_LINK_PAYLOAD);
    const e = await rejection(fragment);
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/more than 1 MB/);
  });

  it('rejects damaged links: unknown mark, non-base64url characters, corrupt deflate data, non-JSON', async () => {
    expect((await rejection('#plan=xAAAA')).code).toBe('bad-encoding');
    expect((await rejection('#plan=j<script>')).code).toBe('bad-encoding');
    expect((await rejection('#plan=z' + toBase64Url(utf8('not deflate at all')))).code).toBe('bad-encoding');
    expect((await rejection('#plan=j' + toBase64Url(utf8('alert(1)')))).code).toBe('malformed-json');
    expect((await rejection('#other=1')).code).toBe('not-a-link');
  });

  it('rejects a plan whose title carries a script tag, naming the field', async () => {
    const e = await rejection(plainLink('plan', { ...plan, title: '<script>alert(1)</script>' }));
    expect(e.code).toBe('invalid');
    expect(e.message).toContain('“title”');
    expect(e.message).toMatch(/HTML markup/);
  });

  it('rejects a prototype-pollution key anywhere in the data', async () => {
    const text = JSON.stringify(plan).replace('"title"', '"__proto__":{"polluted":true},"title"');
    const e = await rejection(`#plan=j${toBase64Url(utf8(text))}`);
    expect(e.code).toBe('hostile-json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a link from a newer format version with a message that says which version', async () => {
    const e = await rejection(plainLink('plan', { ...plan, version: 2 }));
    expect(e.code).toBe('wrong-version');
    expect(e.message).toMatch(/version 2.*reads version 1/);
  });

  it('rejects a scenario payload put behind #plan= (wrong kind)', async () => {
    const e = await rejection(plainLink('plan', { format: 'canary-lab-scenario', version: 1, scenario: {} }));
    expect(e.code).toBe('wrong-kind');
  });
});
