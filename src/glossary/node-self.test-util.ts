/** dexie-export-import reads `self` and `FileReader`, which Node lacks: tests provide them. */
const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;
g.FileReader ??= class {
  result: unknown;
  onload: ((event: { target: unknown }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error) => this.onerror?.({ target: { error } }),
    );
  }
};
