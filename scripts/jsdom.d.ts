// The one part of jsdom that scripts/fuzz.ts uses (jsdom ships no types, and @types/jsdom follows a newer
// major than the jsdom 29 pinned for Node 20).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
