/**
 * Share links: JSON → deflate-raw (CompressionStream, where the browser has it) → base64url, in the URL
 * FRAGMENT (#plan=… / #scenario=…), which browsers never send to a server. Payloads are marked so a
 * link made without compression still opens: "z" = deflate-raw, "j" = plain JSON.
 */
import { WorkshopImportError } from './errors';
import { MAX_FILE_BYTES, parseWorkshopJson, validateWorkshopData } from './validate';
import type { WorkshopData } from './schemas';
import { shareKindOf, type ShareKind } from './shareKind';

export { shareKindOf, type ShareKind };

/** The encoded payload in a link may be at most 16 KB (issue 10). */
export const MAX_LINK_PAYLOAD = 16 * 1024;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new WorkshopImportError(
      'bad-encoding',
      'The link is damaged: its data contains characters a Canary Lab link never has.',
    );
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export const hasCompressionStreams = (): boolean =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

// Blob.stream() is missing in some environments (jsdom); a one-chunk ReadableStream works everywhere.
function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, stopping as soon as the output passes the file limit so a tiny "zip bomb" link cannot fill memory. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const reader = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      throw new WorkshopImportError(
        'too-large',
        'The link unpacks to more than 1 MB, far more than any workshop plan or scenario; it was not opened.',
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Encodes data into a fragment such as `#scenario=z…`. Throws 'too-large' when even compressed it exceeds 16 KB. */
export async function encodeShareFragment(
  kind: ShareKind,
  data: WorkshopData<ShareKind>,
  options: { compress?: boolean } = {},
): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(data));
  const compress = (options.compress ?? true) && hasCompressionStreams();
  const payload = compress ? `z${toBase64Url(await deflate(json))}` : `j${toBase64Url(json)}`;
  if (payload.length > MAX_LINK_PAYLOAD) {
    throw new WorkshopImportError(
      'too-large',
      `This ${kind} needs ${Math.ceil(payload.length / 1024)} KB in a link; links are limited to 16 KB. Share it as a file instead.`,
    );
  }
  return `#${kind}=${payload}`;
}

export type DecodedShare =
  { kind: 'plan'; data: WorkshopData<'plan'> } | { kind: 'scenario'; data: WorkshopData<'scenario'> };

/** Decodes and validates a share fragment; any problem becomes a WorkshopImportError with a specific message. */
export async function decodeShareFragment(fragment: string): Promise<DecodedShare> {
  const kind = shareKindOf(fragment);
  if (!kind)
    throw new WorkshopImportError(
      'not-a-link',
      'This address holds no Canary Lab plan or scenario (expected #plan=… or #scenario=…).',
    );
  const payload = fragment.replace(/^#?(plan|scenario)=/, '');
  if (payload.length > MAX_LINK_PAYLOAD) {
    throw new WorkshopImportError(
      'too-large',
      `The link carries ${Math.ceil(payload.length / 1024)} KB of data; links are limited to 16 KB, so it was not opened.`,
    );
  }
  const marker = payload[0];
  if (marker !== 'z' && marker !== 'j')
    throw new WorkshopImportError('bad-encoding', 'The link is damaged: it does not start with a known encoding mark.');
  const bytes = fromBase64Url(payload.slice(1));
  let raw: Uint8Array;
  if (marker === 'z') {
    if (!hasCompressionStreams())
      throw new WorkshopImportError(
        'bad-encoding',
        'This browser cannot unpack compressed links; ask for the plain version or a file.',
      );
    try {
      raw = await inflate(bytes);
    } catch (error) {
      if (error instanceof WorkshopImportError) throw error;
      throw new WorkshopImportError('bad-encoding', 'The link is damaged: its compressed data could not be unpacked.');
    }
  } else raw = bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new WorkshopImportError('bad-encoding', 'The link is damaged: its data is not text.');
  }
  const value = parseWorkshopJson(text);
  return kind === 'plan'
    ? { kind, data: validateWorkshopData('plan', value) }
    : { kind, data: validateWorkshopData('scenario', value) };
}
