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
import {
  compileLexicon,
  loadCompiledLexicon,
  parseCompiledLexicon,
} from '../../src/engine/propose/lexicon-compiled';
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

/** Wall and process CPU time of `work`, in ms (CPU time moves less when other processes share the cores). */
function timed(work: () => void): { wall: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}
const rate = (mb: number, ms: number[]): number[] => ms.map((t) => mb / (t / 1000));

/** Annotate with and without the tagger, and the normalise + tokenise floor, run by run. */
function throughputFigures(lexicon: Lexicon, tagger: Tagger, runs: number, textBytes: number): Figure[] {
  const text = arabicText(textBytes);
  const parts = chunks(text);
  const mb = mbOf(text);
  const withTagger: { wall: number; cpu: number }[] = [];
  const without: number[] = [];
  const base: { wall: number; cpu: number }[] = [];
  for (let i = -1; i < runs; i++) {
    const a = timed(() => {
      for (const part of parts) annotate(part, lexicon, { tagger });
    });
    const b = timed(() => {
      for (const part of parts) annotate(part, lexicon);
    });
    let count = 0;
    const c = timed(() => {
      for (const part of parts) count += tokenize(normalize(part).text).count;
    });
    if (i < 0 || count === 0) continue;
    withTagger.push(a);
    without.push(b.wall);
    base.push(c);
  }
  const wall = (xs: { wall: number }[]) => xs.map((x) => x.wall);
  const cpu = (xs: { cpu: number }[]) => xs.map((x) => x.cpu);
  const name = `annotate ${mb.toFixed(2)} MB UTF-8 (worker: compiled lexicon + tagger)`;
  const floor = 'normalise + tokenise only';
  return [
    figure(G, name, 'MB/s', rate(mb, wall(withTagger)), { budget: '≥ 4 MB/s', within: (m) => m >= 4 }),
    figure(G, '  the same in CPU time', 'MB/s', rate(mb, cpu(withTagger)), {
      note: 'process CPU time, GC threads included: less inflated than wall time on a shared machine',
    }),
    figure(G, 'annotate without the tagger', 'MB/s', rate(mb, without)),
    figure(G, floor, 'MB/s', rate(mb, wall(base))),
    ratio(G, 'annotate ÷ normalise+tokenise (time)', wall(withTagger), wall(base), floor, {
      budget: '≤ 3×',
      within: (m) => m <= 3,
    }),
    ratio(G, '  the same in CPU time', cpu(withTagger), cpu(base), floor, {
      budget: '≤ 3×',
      within: (m) => m <= 3,
    }),
  ];
}

/**
 * One 2 MB text against one 1 MB text, each in a single call (no chunking to hide a
 * superlinear step); the ratio in CPU time, as the robustness test times growth.
 */
function linearFigures(lexicon: Lexicon, tagger: Tagger, runs: number): Figure[] {
  const one = arabicText(1_000_000);
  const two = arabicText(2_000_000);
  const t1: { wall: number; cpu: number }[] = [];
  const t2: { wall: number; cpu: number }[] = [];
  for (let i = -1; i < Math.max(2, Math.ceil(runs / 2)); i++) {
    const a = timed(() => annotate(one, lexicon, { tagger }));
    const b = timed(() => annotate(two, lexicon, { tagger }));
    if (i < 0) continue;
    t1.push(a);
    t2.push(b);
  }
  const oneName = `annotate one ${mbOf(one).toFixed(2)} MB text (CPU)`;
  return [
    figure(
      G,
      oneName,
      'ms',
      t1.map((t) => t.cpu),
    ),
    figure(
      G,
      `annotate one ${mbOf(two).toFixed(2)} MB text (CPU)`,
      'ms',
      t2.map((t) => t.cpu),
    ),
    ratio(
      G,
      '2 MB text ÷ 1 MB text (CPU time)',
      t2.map((t) => t.cpu),
      t1.map((t) => t.cpu),
      oneName,
      { budget: '< 2.6×', within: (m) => m < 2.6 },
    ),
    ratio(
      G,
      '  the same in wall time',
      t2.map((t) => t.wall),
      t1.map((t) => t.wall),
      `annotate one ${mbOf(one).toFixed(2)} MB text`,
    ),
  ];
}

export function engineFigures(runs: number, textBytes: number): Figure[] {
  const { figures, pack } = packFigures(runs);
  const compiled = compileLexicon(pack);
  // The worker's lexicon, restored from the compiled index as engine-host.ts does.
  const lexicon = loadCompiledLexicon(parseCompiledLexicon(compiled));
  const { tagger } = loadModel();
  return [
    ...figures,
    ...throughputFigures(lexicon, tagger, runs, textBytes),
    ...linearFigures(lexicon, tagger, runs),
    ...startFigures(compiled, runs),
    ...hostileFigures(lexicon, tagger),
  ];
}
