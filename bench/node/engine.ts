/**
 * Figure 6, in Node: the engine's throughput on Arabic news text as the worker runs it
 * (compiled lexicon and tagger), against a normalise-and-tokenise-only pass over the
 * same chunks; its growth from a 1 MB to a 2 MB text; the full pack's load time
 * (gunzip, JSON.parse, Lexicon.fromPack) and heap. The tagger model, the worker's cold
 * start and hostile inputs are in engine-start.ts. The text is cut into chunks of at
 * most 150,000 characters, as the content script batches it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import type { Pack } from '../../src/common/pack';
import { annotate, Lexicon, normalize } from '../../src/engine';
import { compileLexicon, loadCompiledLexicon } from '../../src/engine/propose/lexicon-compiled';
import { tokenize } from '../../src/engine/read/tokens';
import type { Tagger } from '../../src/engine/tagger';
import { arabicText } from '../fixtures/text';
import { type Figure, figure, ratio } from '../lib/stats';
import { hostileFigures, loadModel, startFigures } from './engine-start';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PACK = path.join(ROOT, 'pack/dalil-pack.json.gz');
const CHUNK = 150_000;
const G = '6 engine (Node)';

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

function packFigures(runs: number): { figures: Figure[]; pack: Pack } {
  const gunzip: number[] = [];
  const parse: number[] = [];
  const build: number[] = [];
  const totalHeap: number[] = [];
  let pack: Pack | undefined;
  let lexicon: Lexicon | undefined;
  for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) {
    pack = undefined;
    lexicon = undefined;
    const before = heapMB();
    let loaded: ReturnType<typeof loadLexicon> | undefined = loadLexicon();
    gunzip.push(loaded.gunzip);
    parse.push(loaded.parse);
    build.push(loaded.build);
    // The lexicon references the pack's entries; without the pack's other fields it still
    // holds every entry, so "pack + lexicon" is what a rebuilding worker keeps.
    pack = loaded.pack;
    lexicon = loaded.lexicon;
    // Dropped before the next run's first reading (a stale register would hold it).
    loaded = undefined;
    totalHeap.push(heapMB() - before);
  }
  if (!lexicon) throw new Error('no lexicon was loaded');
  const total = gunzip.map((value, i) => value + parse[i] + build[i]);
  return {
    pack: pack!,
    figures: [
      figure(G, 'pack: gunzip', 'ms', gunzip),
      figure(G, 'pack: JSON.parse', 'ms', parse),
      figure(G, 'Lexicon.fromPack', 'ms', build),
      figure(G, 'lexicon load total', 'ms', total),
      figure(G, 'heap: parsed pack + lexicon', 'MB', totalHeap, { budget: '< 40 MB', within: (m) => m < 40 }),
    ],
  };
}

const mbOf = (text: string): number => Buffer.byteLength(text) / 1e6;
const rate = (mb: number, ms: number[]): number[] => ms.map((t) => mb / (t / 1000));

/** Annotate with and without the tagger, and the normalise + tokenise floor, run by run. */
function throughputFigures(lexicon: Lexicon, tagger: Tagger, runs: number, textBytes: number): Figure[] {
  const text = arabicText(textBytes);
  const parts = chunks(text);
  const mb = mbOf(text);
  const withTagger: number[] = [];
  const withTaggerCpu: number[] = [];
  const without: number[] = [];
  const base: number[] = [];
  for (let i = -1; i < runs; i++) {
    let started = performance.now();
    const cpu = process.cpuUsage();
    for (const part of parts) annotate(part, lexicon, { tagger });
    const a = performance.now() - started;
    const used = process.cpuUsage(cpu);
    started = performance.now();
    for (const part of parts) annotate(part, lexicon);
    const b = performance.now() - started;
    started = performance.now();
    let count = 0;
    for (const part of parts) count += tokenize(normalize(part).text).count;
    const c = performance.now() - started;
    if (i < 0 || count === 0) continue;
    withTagger.push(a);
    withTaggerCpu.push((used.user + used.system) / 1000);
    without.push(b);
    base.push(c);
  }
  const name = `annotate ${mb.toFixed(2)} MB UTF-8 (worker: compiled lexicon + tagger)`;
  return [
    figure(G, name, 'MB/s', rate(mb, withTagger), { budget: '≥ 4 MB/s', within: (m) => m >= 4 }),
    figure(G, '  the same in CPU time (process, GC threads included)', 'MB/s', rate(mb, withTaggerCpu), {
      note: 'less inflated than wall time on a shared machine',
    }),
    figure(G, 'annotate without the tagger', 'MB/s', rate(mb, without)),
    figure(G, 'normalise + tokenise only', 'MB/s', rate(mb, base)),
    ratio(G, 'annotate ÷ normalise+tokenise (time)', withTagger, base, 'normalise + tokenise only', {
      budget: '≤ 3×',
      within: (m) => m <= 3,
    }),
  ];
}

/** One 2 MB text against one 1 MB text, each in a single call (no chunking to hide a superlinear step). */
function linearFigures(lexicon: Lexicon, tagger: Tagger, runs: number): Figure[] {
  const one = arabicText(1_000_000);
  const two = arabicText(2_000_000);
  const t1: number[] = [];
  const t2: number[] = [];
  for (let i = -1; i < Math.max(2, Math.ceil(runs / 2)); i++) {
    let started = performance.now();
    annotate(one, lexicon, { tagger });
    const a = performance.now() - started;
    started = performance.now();
    annotate(two, lexicon, { tagger });
    const b = performance.now() - started;
    if (i < 0) continue;
    t1.push(a);
    t2.push(b);
  }
  return [
    figure(G, `annotate one ${mbOf(one).toFixed(2)} MB text`, 'ms', t1),
    figure(G, `annotate one ${mbOf(two).toFixed(2)} MB text`, 'ms', t2),
    ratio(G, '2 MB text ÷ 1 MB text (time)', t2, t1, `annotate one ${mbOf(one).toFixed(2)} MB text`, {
      budget: '< 2.6×',
      within: (m) => m < 2.6,
    }),
  ];
}

export function engineFigures(runs: number, textBytes: number): Figure[] {
  const { figures, pack } = packFigures(runs);
  const compiled = JSON.stringify(compileLexicon(pack));
  // The worker's lexicon, restored from the compiled index as engine-host.ts does.
  const lexicon = loadCompiledLexicon(JSON.parse(compiled));
  const { tagger } = loadModel();
  return [
    ...figures,
    ...throughputFigures(lexicon, tagger, runs, textBytes),
    ...linearFigures(lexicon, tagger, runs),
    ...startFigures(compiled, runs),
    ...hostileFigures(lexicon, tagger),
  ];
}
