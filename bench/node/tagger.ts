/**
 * The sequence tagger in Node: model load (gunzip, JSON.parse, Tagger.fromJSON), the
 * gazetteer's name table from the compiled lexicon, and tagging throughput against a
 * normalise-and-tokenise pass over the same text (the demo article with the bench's own
 * sentences, ~1 MB, in 150,000-character chunks; and the corpus-dev texts).
 * Usage: node scripts/run-ts.mjs bench/node/tagger.ts [--runs N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadPack } from '../../src/cli/pack';
import {
  compileLexicon,
  loadCompiledLexicon,
  parseCompiledLexicon,
} from '../../src/engine/propose/lexicon-compiled';
import { prepare } from '../../src/engine/read/doc';
import { normalize } from '../../src/engine/read/normalize';
import { tokenize } from '../../src/engine/read/tokens';
import { lexiconGazetteer, Tagger } from '../../src/engine/tagger';
import { arabicText, SHARED } from '../fixtures/text';

const MODEL = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../pack/dalil-tagger.json.gz',
);
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const gz = readFileSync(MODEL);
const load: number[][] = [[], [], []];
let tagger: Tagger | undefined;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const json = gunzipSync(gz).toString('utf8');
  const t1 = performance.now();
  const model = JSON.parse(json);
  const t2 = performance.now();
  tagger = Tagger.fromJSON(model);
  const t3 = performance.now();
  load[0]?.push(t1 - t0);
  load[1]?.push(t2 - t1);
  load[2]?.push(t3 - t2);
}
console.log(`model ${(gz.length / 1024).toFixed(0)} KB gzipped`);
console.log(
  `load: gunzip ${median(load[0] as number[]).toFixed(1)} ms, JSON.parse ${median(load[1] as number[]).toFixed(1)} ms, ` +
    `Tagger.fromJSON ${median(load[2] as number[]).toFixed(1)} ms`,
);

// The worker's lexicon is the compiled one; its gazetteer table is built on the first tag.
const lexicon = loadCompiledLexicon(parseCompiledLexicon(compileLexicon(loadPack())));
let t = performance.now();
const gazetteer = lexiconGazetteer(lexicon);
gazetteer.flags('حلب');
console.log(
  `gazetteer name table from the lexicon: ${(performance.now() - t).toFixed(0)} ms (once per worker)`,
);
t = performance.now();
(tagger as Tagger).tag(prepare(readFileSync(path.join(SHARED, 'fixtures/ar-idlib-truce.txt'), 'utf8')), {
  gazetteer,
});
console.log(`first tag of the demo article (cold): ${(performance.now() - t).toFixed(1)} ms`);

function throughput(label: string, parts: string[]): void {
  const mb = parts.reduce((a, p) => a + Buffer.byteLength(p), 0) / 1e6;
  const tagMs: number[] = [];
  const prepMs: number[] = [];
  const baseMs: number[] = [];
  for (let i = -1; i < runs; i++) {
    let s = performance.now();
    const docs = parts.map(prepare);
    const prep = performance.now() - s;
    s = performance.now();
    for (const d of docs) (tagger as Tagger).tag(d, { gazetteer });
    const tag = performance.now() - s;
    s = performance.now();
    let n = 0;
    for (const p of parts) n += tokenize(normalize(p).text).count;
    const base = performance.now() - s;
    if (i < 0 || n === 0) continue;
    tagMs.push(tag);
    prepMs.push(prep);
    baseMs.push(base);
  }
  const rate = (ms: number[]): string => `${(mb / (median(ms) / 1000)).toFixed(1)} MB/s`;
  console.log(
    `${label} (${mb.toFixed(2)} MB): tag ${rate(tagMs)}, prepare ${rate(prepMs)}, normalise+tokenise ${rate(baseMs)}; ` +
      `tag ÷ normalise+tokenise ${(median(tagMs) / median(baseMs)).toFixed(2)}×`,
  );
}

const text = arabicText(1_000_000);
const chunks: string[] = [];
for (let at = 0; at < text.length; at += 150_000) chunks.push(text.slice(at, at + 150_000));
throughput('demo article + bench sentences', chunks);
const dev = ['political.jsonl', 'other.jsonl'].flatMap((f) =>
  readFileSync(path.join(SHARED, 'fixtures/corpus-dev', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);
throughput(`corpus-dev (${dev.length} texts)`, dev);
