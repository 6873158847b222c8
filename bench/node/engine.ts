/**
 * Figure 6, in Node: the engine's throughput on Arabic news text against a
 * normalise-and-tokenise-only pass over the same chunks, and the full pack's load time
 * (gunzip, JSON.parse, Lexicon.fromPack) and heap. The text is cut into chunks of at most
 * 150,000 characters, as the content script batches it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import type { Pack } from '../../src/common/pack';
import { annotate, Lexicon, normalize } from '../../src/engine';
import { tokenize } from '../../src/engine/read/tokens';
import { arabicText } from '../fixtures/text';
import { type Figure, figure, ratio } from '../lib/stats';

const PACK = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../pack/dalil-pack.json.gz');
const CHUNK = 150_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHUNK);
    const newline = text.lastIndexOf('\n', end);
    if (end < text.length && newline > at) end = newline;
    out.push(text.slice(at, end));
    at = end + (text[end] === '\n' ? 1 : 0);
  }
  return out;
}

export function loadLexicon(): {
  lexicon: Lexicon;
  pack: Pack;
  gunzip: number;
  parse: number;
  build: number;
} {
  const gz = readFileSync(PACK);
  const t0 = performance.now();
  const json = gunzipSync(gz).toString('utf8');
  const t1 = performance.now();
  const pack = JSON.parse(json) as Pack;
  const t2 = performance.now();
  const lexicon = Lexicon.fromPack(pack);
  return { lexicon, pack, gunzip: t1 - t0, parse: t2 - t1, build: performance.now() - t2 };
}

export function engineFigures(runs: number, textBytes: number): Figure[] {
  const g = '6 engine (Node)';
  const gunzip: number[] = [];
  const parse: number[] = [];
  const build: number[] = [];
  const totalHeap: number[] = [];
  let lexicon: Lexicon | undefined;
  for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) {
    lexicon = undefined;
    const before = heapMB();
    let loaded: ReturnType<typeof loadLexicon> | undefined = loadLexicon();
    gunzip.push(loaded.gunzip);
    parse.push(loaded.parse);
    build.push(loaded.build);
    const both = heapMB() - before;
    lexicon = loaded.lexicon;
    // The lexicon references the pack's entries; without the pack's other fields it still
    // holds every entry, so "pack + lexicon" is what the worker keeps.
    const pack = loaded.pack;
    loaded = undefined;
    lexicon = undefined;
    totalHeap.push(both);
    lexicon = Lexicon.fromPack(pack);
  }
  const total = gunzip.map((value, i) => value + parse[i] + build[i]);
  const text = arabicText(textBytes);
  const parts = chunks(text);
  const mb = Buffer.byteLength(text) / 1e6;
  const annotateMs: number[] = [];
  const baseMs: number[] = [];
  const lex = lexicon!;
  for (let i = -1; i < runs; i++) {
    let started = performance.now();
    for (const part of parts) annotate(part, lex);
    const a = performance.now() - started;
    started = performance.now();
    let count = 0;
    for (const part of parts) count += tokenize(normalize(part).text).count;
    const b = performance.now() - started;
    if (i < 0 || count === 0) continue;
    annotateMs.push(a);
    baseMs.push(b);
  }
  return [
    figure(g, 'pack: gunzip', 'ms', gunzip),
    figure(g, 'pack: JSON.parse', 'ms', parse),
    figure(g, 'Lexicon.fromPack', 'ms', build),
    figure(g, 'lexicon load total', 'ms', total),
    figure(g, 'heap: parsed pack + lexicon', 'MB', totalHeap, { budget: '< 40 MB', within: (m) => m < 40 }),
    figure(
      g,
      `annotate ${mb.toFixed(2)} MB UTF-8`,
      'MB/s',
      annotateMs.map((ms) => mb / (ms / 1000)),
    ),
    figure(
      g,
      'normalise + tokenise only',
      'MB/s',
      baseMs.map((ms) => mb / (ms / 1000)),
    ),
    ratio(g, 'annotate ÷ normalise+tokenise (time)', annotateMs, baseMs, 'normalise + tokenise only', {
      budget: '≤ 3×',
      within: (m) => m <= 3,
    }),
  ];
}
