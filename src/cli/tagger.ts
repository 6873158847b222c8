/** Tagger model loading for the CLI and scripts: DALIL_TAGGER, else the bundled model (see packaged-file.ts). */
import { Tagger } from '../engine/tagger';
import { packagedPath, readMaybeGzipped } from './packaged-file';

export class TaggerLoadError extends Error {}

export const defaultTaggerPath = (): string => packagedPath('dalil-tagger.json.gz', 'DALIL_TAGGER');

export function loadTagger(path = defaultTaggerPath()): Tagger {
  let text: string | undefined;
  try {
    text = readMaybeGzipped(path);
    if (text !== undefined) return Tagger.fromJSON(JSON.parse(text));
  } catch (e) {
    throw new TaggerLoadError(`the tagger model at ${path} is not valid: ${(e as Error).message}`);
  }
  throw new TaggerLoadError(`cannot read the tagger model at ${path} (set DALIL_TAGGER to its path)`);
}
