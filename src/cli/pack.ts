/** Pack loading for the CLI and scripts: DALIL_PACK, else the bundled pack (see packaged-file.ts). */
import type { Pack } from '../common/pack';
import { packagedPath, readMaybeGzipped } from './packaged-file';

export class PackError extends Error {}

export const defaultPackPath = (): string => packagedPath('dalil-pack.json.gz', 'DALIL_PACK');

export function loadPack(path = defaultPackPath()): Pack {
  const invalid = new PackError(`the glossary pack at ${path} is not a valid pack`);
  let text: string | undefined;
  let pack: Pack | undefined;
  try {
    text = readMaybeGzipped(path);
    if (text !== undefined) pack = JSON.parse(text) as Pack;
  } catch {
    throw invalid;
  }
  if (text === undefined)
    throw new PackError(`cannot read the glossary pack at ${path} (set DALIL_PACK to its path)`);
  if (!pack || !Array.isArray(pack.entries)) throw invalid;
  return pack;
}
