/**
 * The Lab's small in-memory file tree: code documents, AppSpec files, templates and invoke
 * outfiles that `file://`, `fileb://`, `--outfile` and SAM `CodeUri` resolve against.
 */
export type FileContent = string | Uint8Array;

export class Workspace {
  #files = new Map<string, FileContent>();

  static normalise(path: string): string {
    const parts: string[] = [];
    for (const p of path.replace(/\\/g, '/').split('/')) {
      if (!p || p === '.') continue;
      if (p === '..') parts.pop();
      else parts.push(p);
    }
    return parts.join('/');
  }

  write(path: string, content: FileContent): void {
    const key = Workspace.normalise(path);
    if (!key) throw new Error(`Invalid file path: "${path}"`);
    this.#files.set(key, content);
  }

  read(path: string): FileContent | undefined {
    return this.#files.get(Workspace.normalise(path));
  }

  readText(path: string): string | undefined {
    const c = this.read(path);
    return c === undefined ? undefined : typeof c === 'string' ? c : new TextDecoder().decode(c);
  }

  exists(path: string): boolean {
    return this.#files.has(Workspace.normalise(path));
  }

  delete(path: string): boolean {
    return this.#files.delete(Workspace.normalise(path));
  }

  list(): string[] {
    return [...this.#files.keys()].sort();
  }

  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.#files) out[k] = typeof v === 'string' ? v : `<${v.byteLength} bytes>`;
    return out;
  }
}
