import type { Rng } from './rng';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';

/** Deterministic identifiers in AWS's formats, drawn from their own seeded stream. */
export class IdFactory {
  constructor(private readonly rng: Rng) {}

  #pick(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.rng.int(alphabet.length)];
    return s;
  }

  hex(n: number): string {
    return this.#pick(HEX, n);
  }

  /** RFC 4122 v4-shaped, as Lambda RevisionIds and hook execution ids look. */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.rng.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** CodeDeploy deployment ids: "d-" and nine upper-case letters and digits. */
  deploymentId(): string {
    return `d-${this.#pick(ALNUM, 9)}`;
  }

  /** Lambda request ids. */
  requestId(): string {
    return this.uuid();
  }
}
