/**
 * Pack loading for the CLI and scripts: DALIL_PACK, else pack/dalil-pack.json.gz at the
 * repository root, found relative to this module (src/cli → ../../pack, and
 * dist/cli → ../../pack after bundling, since both sit two levels below the root).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Pack } from '../common/pack';

export class PackError extends Error {}

export function defaultPackPath(): string {
  if (process.env.DALIL_PACK) return process.env.DALIL_PACK;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    resolve(here, '../../pack/dalil-pack.json.gz'),
    resolve(here, '../pack/dalil-pack.json.gz'),
    resolve(process.cwd(), 'pack/dalil-pack.json.gz'),
  ];
  return candidates.find((p) => existsSync(p)) ?? (candidates[0] as string);
}

export function loadPack(path = defaultPackPath()): Pack {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new PackError(`cannot read the glossary pack at ${path} (set DALIL_PACK to its path)`);
  }
  try {
    const text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    const pack = JSON.parse(text) as Pack;
    if (!pack || !Array.isArray(pack.entries)) throw new Error('no entries');
    return pack;
  } catch {
    throw new PackError(`the glossary pack at ${path} is not a valid pack`);
  }
}
