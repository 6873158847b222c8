/**
 * Figure 6, continued: the tagger model's size and load time, the worker's cold start to
 * its first answer (in fresh Node processes, see cold-start.ts), and hostile inputs run
 * through the whole engine with the tagger (none may throw or give an invalid span).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { annotate } from '../../src/engine/annotate';
import type { Lexicon } from '../../src/engine/propose/lexicon';
import { compileTagger, Tagger } from '../../src/engine/tagger';
import { DEMO_ARTICLE } from '../fixtures/text';
import { prng } from '../lib/prng';
import { type Figure, figure } from '../lib/stats';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const MODEL = path.resolve(HERE, '../../pack/dalil-tagger.json.gz');
const G = '6 engine (Node)';

export function loadModel(): { tagger: Tagger; gunzip: number; parse: number; build: number } {
  const gz = readFileSync(MODEL);
  const t0 = performance.now();
  const json = gunzipSync(gz).toString('utf8');
  const t1 = performance.now();
  const model = JSON.parse(json);
  const t2 = performance.now();
  const tagger = Tagger.fromJSON(model);
  return { tagger, gunzip: t1 - t0, parse: t2 - t1, build: performance.now() - t2 };
}

interface ColdStart {
  lexiconRead: number;
  lexiconLoad: number;
  taggerLoad: number;
  firstAnnotate: number;
  total: number;
}

/** Cold starts in fresh processes, from the compiled lexicon and tagger model as build.mjs ships them. */
function coldStarts(compiled: Uint8Array, runs: number): ColdStart[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'dalil-bench-'));
  try {
    const lexiconFile = path.join(dir, 'lexicon.bin');
    writeFileSync(lexiconFile, compiled);
    const taggerFile = path.join(dir, 'tagger.bin');
    writeFileSync(taggerFile, compileTagger(JSON.parse(gunzipSync(readFileSync(MODEL)).toString('utf8'))));
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const script = path.join(HERE, 'cold-start.ts');
    const out: ColdStart[] = [];
    for (let i = 0; i < runs; i++) {
      const child = spawnSync(process.execPath, [tsx, script, lexiconFile, taggerFile, DEMO_ARTICLE], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`cold-start.ts failed: ${child.stderr}`);
      out.push(JSON.parse(child.stdout.trim().split('\n').pop() as string) as ColdStart);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function startFigures(compiled: Uint8Array, runs: number): Figure[] {
  const loads = Array.from({ length: Math.max(2, Math.ceil(runs / 2)) }, loadModel);
  const cold = coldStarts(compiled, Math.max(3, runs));
  const of = (k: keyof ColdStart) => cold.map((c) => c[k]);
  return [
    figure(G, 'tagger model gzipped', 'KB', [readFileSync(MODEL).length / 1024], {
      budget: '≤ 2048 KB',
      within: (kb) => kb <= 2048,
    }),
    figure(
      G,
      'tagger model: gunzip + JSON.parse + Tagger.fromJSON',
      'ms',
      loads.map((l) => l.gunzip + l.parse + l.build),
    ),
    figure(G, 'cold start: compiled lexicon read (file + checks)', 'ms', of('lexiconRead')),
    figure(G, 'cold start: loadCompiledLexicon', 'ms', of('lexiconLoad')),
    figure(G, 'cold start: tagger model load', 'ms', of('taggerLoad')),
    figure(G, 'cold start: first annotate (demo article, cold JIT)', 'ms', of('firstAnnotate')),
    figure(G, 'cold start to first answer (fresh process)', 'ms', of('total'), {
      budget: '< 250 ms',
      within: (ms) => ms < 250,
    }),
  ];
}

/** Inputs a hostile or broken page can send: floods of one name, marks, clitics, surrogates, noise. */
function hostileInputs(): string[] {
  const random = prng(13);
  const noise = Array.from({ length: 200_000 }, () =>
    String.fromCharCode(Math.floor(random() * 0x10000)),
  ).join('');
  const arabicNoise = Array.from({ length: 200_000 }, () =>
    String.fromCharCode(0x0600 + Math.floor(random() * 0x100)),
  ).join('');
  return [
    '',
    ' ',
    'إدلب'.repeat(50_000),
    'إدلب '.repeat(50_000),
    `${'a'.repeat(200_000)} إدلب`,
    'وبوبوبال'.repeat(20_000),
    'ـ'.repeat(100_000),
    '\u064e\u0651'.repeat(50_000),
    `«${'«'.repeat(20_000)}هيئة تحرير الشام${'»'.repeat(20_000)}`,
    'بلدات '.repeat(30_000),
    'الرئيس '.repeat(30_000),
    '\ud800إدلب\udc00 \ud83d'.repeat(10_000),
    '\n.\n؟!'.repeat(50_000),
    noise,
    arabicNoise,
  ];
}

export function hostileFigures(lexicon: Lexicon, tagger: Tagger): Figure[] {
  let threw = 0;
  let invalid = 0;
  const inputs = hostileInputs();
  for (const input of inputs) {
    try {
      let last = 0;
      for (const e of annotate(input, lexicon, { tagger }).entities) {
        if (
          e.start < last ||
          e.end <= e.start ||
          e.end > input.length ||
          input.slice(e.start, e.end) !== e.text
        )
          invalid++;
        last = e.end;
      }
    } catch {
      threw++;
    }
  }
  return [
    figure(G, `hostile inputs that threw (of ${inputs.length})`, 'inputs', [threw], {
      budget: '0',
      within: (n) => n === 0,
    }),
    figure(G, 'invalid spans on hostile inputs', 'spans', [invalid], { budget: '0', within: (n) => n === 0 }),
  ];
}
