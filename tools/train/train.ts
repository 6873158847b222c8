/**
 * `npm run train`: trains the tagger on all of NewsFANE, the Wojood sample and
 * corpus-dev, and writes pack/dalil-tagger.json.gz. Same inputs, same bytes.
 * Usage: tsx tools/train/train.ts [--out FILE] [--epochs N]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_CONFIG, DEFAULT_EPOCHS } from './config';
import { loadCorpora, packGazetteer, taggerTrainingSet } from './data';
import { train } from './perceptron';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const out = resolve(opt('--out') ?? 'pack/dalil-tagger.json.gz');
const epochs = Number(opt('--epochs') ?? DEFAULT_EPOCHS);

const t0 = performance.now();
const gazetteer = packGazetteer();
const corpora = loadCorpora();
const { names } = corpora;
const t1 = performance.now();
const examples = taggerTrainingSet(corpora);
const tokens = examples.reduce((a, e) => a + e.gold.length, 0);
const model = train(examples, { config: DEFAULT_CONFIG, epochs, gazetteer, names });
const t2 = performance.now();
const gz = gzipSync(JSON.stringify(model), { level: 9 });
writeFileSync(out, gz);
console.log(
  `tagger: ${examples.length} examples, ${tokens} tokens, ${epochs} epochs; ${model.rowCount} weight rows; ` +
    `${(gz.length / 1024).toFixed(0)} KB gzipped → ${out}\n` +
    `  data + gazetteer ${((t1 - t0) / 1000).toFixed(1)} s, training ${((t2 - t1) / 1000).toFixed(1)} s`,
);
