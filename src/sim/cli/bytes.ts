/**
 * Byte arrays by shape rather than by `instanceof`: TextEncoder output can come from another
 * realm (jsdom in tests, a worker in the app), where `instanceof Uint8Array` is false.
 */
export const isBytes = (v: unknown): v is Uint8Array => ArrayBuffer.isView(v) && !(v instanceof DataView);
