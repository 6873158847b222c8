/**
 * Taggers that have not seen a NewsFANE fold: T_k is trained as `npm run train` trains
 * the shipped model, without fold k. The scorer learns how far to trust the tagger from
 * T_k's spans on fold k (text the tagger never saw, as at run time), and the
 * cross-validation tests fold k with T_k. Cached under node_modules/.cache/dalil, keyed
 * by a hash of the tagger's code and configuration (training is deterministic).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Tagger } from '../../src/engine/tagger/tagger';
import { DEFAULT_CONFIG, DEFAULT_EPOCHS } from './config';
import { type Corpora, packGazetteer, taggerTrainingSet } from './data';
import { train } from './perceptron';

export const FOLDS = 5;

function codeHash(): string {
  const h = createHash('sha256');
  const files = [
    ...readdirSync('src/engine/tagger').map((f) => `src/engine/tagger/${f}`),
    'tools/train/perceptron.ts',
    'tools/train/examples.ts',
    'tools/train/corpora.ts',
    'tools/train/config.ts',
    'tools/train/data.ts',
    'tools/train/augment.ts',
    'tools/train/rng.ts',
    'pack/dalil-pack.json.gz',
  ].sort();
  for (const f of files) h.update(readFileSync(f));
  h.update(JSON.stringify({ DEFAULT_CONFIG, DEFAULT_EPOCHS }));
  return h.digest('hex').slice(0, 12);
}

const cache = resolve(process.cwd(), 'node_modules/.cache/dalil');

/** A tagger trained as the shipped one, without NewsFANE fold `k` (or, for 'dev', without corpus-dev). */
export function foldTagger(corpora: Corpora, k: number | 'dev'): Tagger {
  const name = k === 'dev' ? 'nodev' : `fold${k}-of${FOLDS}`;
  const file = resolve(cache, `tagger-${name}-${codeHash()}.json.gz`);
  if (existsSync(file)) return Tagger.fromJSON(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')));
  const examples = taggerTrainingSet(corpora, k, FOLDS);
  const t0 = performance.now();
  const model = train(examples, {
    config: DEFAULT_CONFIG,
    epochs: DEFAULT_EPOCHS,
    gazetteer: packGazetteer(),
    names: corpora.names,
  });
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, gzipSync(JSON.stringify(model)));
  console.error(
    `  tagger without ${k === 'dev' ? 'corpus-dev' : `fold ${k}`} trained in ${((performance.now() - t0) / 1000).toFixed(0)} s (cached)`,
  );
  return Tagger.fromJSON(model);
}
