/**
 * The package's data files for the CLI and scripts (the pack, the tagger model): the
 * path an environment variable names, else pack/<name> at the repository root, found
 * relative to this module (src/cli → ../../pack, and dist/cli → ../../pack after
 * bundling, since both sit two levels below the root).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export function packagedPath(name: string, envVar: string): string {
  const named = process.env[envVar];
  if (named) return named;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    resolve(here, '../../pack', name),
    resolve(here, '../pack', name),
    resolve(process.cwd(), 'pack', name),
  ];
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

/** The text of a file, gunzipped when it is gzip; undefined when it cannot be read. */
export function readMaybeGzipped(path: string): string | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    return undefined;
  }
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
}
