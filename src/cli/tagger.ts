/**
 * Tagger model loading for the CLI and scripts: DALIL_TAGGER, else
 * pack/dalil-tagger.json.gz at the repository root (found like the pack, see pack.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Tagger } from '../engine/tagger';

export class TaggerLoadError extends Error {}

export function defaultTaggerPath(): string {
  if (process.env.DALIL_TAGGER) return process.env.DALIL_TAGGER;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    resolve(here, '../../pack/dalil-tagger.json.gz'),
    resolve(here, '../pack/dalil-tagger.json.gz'),
    resolve(process.cwd(), 'pack/dalil-tagger.json.gz'),
  ];
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

export function loadTagger(path = defaultTaggerPath()): Tagger {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new TaggerLoadError(`cannot read the tagger model at ${path} (set DALIL_TAGGER to its path)`);
  }
  try {
    const text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    return Tagger.fromJSON(JSON.parse(text));
  } catch (e) {
    throw new TaggerLoadError(`the tagger model at ${path} is not valid: ${(e as Error).message}`);
  }
}
