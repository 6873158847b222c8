/**
 * Averaged structured perceptron (Collins 2002) over the tagger's features, with
 * Viterbi decoding under BIO constraints. Deterministic: the examples are visited in a
 * seeded shuffled order, and the model is written with fixed key order and rounding.
 */
import { maskTransitions, sentenceStarts, TRANS_SIZE, viterbi } from '../../src/engine/tagger/decode';
import { type FeatureConfig, FeatureHasher, type NameWords } from '../../src/engine/tagger/features';
import type { Gazetteer } from '../../src/engine/tagger/gazetteer';
import { inside, KINDS, LABEL_NAMES, NUM_LABELS } from '../../src/engine/tagger/labels';
import { encodeRows, MODEL_FORMAT, MODEL_VERSION, type TaggerModel } from '../../src/engine/tagger/model';
import type { Example } from './examples';
import { rng } from './rng';

const L = NUM_LABELS;

export const LICENCE =
  'Weights derived from NewsFANE Gold (Alotaibi & Lee, COLING 2014; texts of ANERcorp), CC BY-SA 3.0, ' +
  'and the Wojood public sample (Jarrar et al., LREC 2022), MIT. This model file: CC BY-SA 3.0.';

/** Feature rows of every token of an example: rows[start[i] .. start[i+1]). */
export interface Compiled {
  start: Int32Array;
  rows: Int32Array;
  gold: Int8Array;
  /** breaks[i]: punctuation or a line break before token i (no name continues there). */
  breaks: Uint8Array;
}

/** Rows of each distinct word (over all examples), then of each token, sentence by sentence. */
export function compile(examples: Example[], hasher: FeatureHasher, gaz: Gazetteer | undefined): Compiled[] {
  const w = hasher.config.window;
  const cache = new Map<string, { local: number[]; near: number[] }>();
  const featuresOf = (word: string): { local: number[]; near: number[] } => {
    let f = cache.get(word);
    if (!f) {
      const flags = gaz && hasher.config.gazetteer ? gaz.flags(word) : 0;
      f = { local: [], near: [] };
      hasher.local(word, flags, f.local);
      hasher.near(word, flags, f.near);
      cache.set(word, f);
    }
    return f;
  };
  const pad: number[][] = [];
  for (let d = -w; d <= w; d++) pad.push(d === 0 ? [] : [hasher.nearRow(hasher.padHash, d)]);
  return examples.flatMap(({ doc, gold }): Compiled[] => {
    const n = doc.toks.count;
    const start = new Int32Array(n + 1);
    const rows: number[] = [];
    const keys = doc.types.map((t) => hasher.pairKey(t));
    const keyAt = (j: number): number => keys[doc.ids[j] as number] as number;
    const docRows = hasher.docRows(
      n,
      doc.ids,
      doc.types.map((t) => hasher.docKey(t)),
      doc.toks.joined,
    );
    const breaks = new Uint8Array(n);
    for (let i = 1; i < n; i++) breaks[i] = doc.toks.joined[i - 1] ? 0 : 1;
    for (let i = 0; i < n; i++) {
      start[i] = rows.length;
      for (let d = -w; d <= w; d++) {
        const j = i + d;
        if (j < 0 || j >= n) {
          for (const r of pad[d + w] as number[]) rows.push(r);
          continue;
        }
        const f = featuresOf(doc.strs[j] as string);
        if (d === 0)
          for (const r of [...f.local, ...(docRows[doc.ids[j] as number] as number[])]) rows.push(r);
        else for (const h of f.near) rows.push(hasher.nearRow(h, d));
      }
      hasher.tokenRows(i, n, doc.toks.joined, keyAt, rows);
    }
    start[n] = rows.length;
    const all = Int32Array.from(rows);
    const cuts = sentenceStarts(doc.norm.text, doc.toks.start, doc.toks.end, n);
    const out: Compiled[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k] as number;
      const b = cuts[k + 1] as number;
      const br = breaks.slice(a, b);
      br[0] = 0;
      out.push({ start: start.slice(a, b + 1), rows: all, gold: gold.slice(a, b), breaks: br });
    }
    return out;
  });
}

export interface TrainOptions {
  config: FeatureConfig;
  epochs: number;
  gazetteer?: Gazetteer;
  names: NameWords;
  seed?: number;
  /** Called after each epoch with the averaged model so far (for learning curves). */
  onEpoch?: (epoch: number, model: TaggerModel) => void;
}

export function train(examples: Example[], opts: TrainOptions): TaggerModel {
  const hasher = new FeatureHasher(opts.config, opts.names);
  const data = compile(examples, hasher, opts.gazetteer);
  const size = (1 << opts.config.bits) * L;
  const W = new Float64Array(size);
  const U = new Float64Array(size);
  const TW = new Float64Array(TRANS_SIZE);
  const TU = new Float64Array(TRANS_SIZE);
  const trans = new Float64Array(TRANS_SIZE);
  const keep = [...new Set(examples.flatMap((e) => e.keepInitial))].sort();
  let c = 1;
  const next = rng(opts.seed ?? 13);
  const order = data.map((_, i) => i);
  let model: TaggerModel | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const ex = data[k] as Compiled;
      const n = ex.gold.length;
      if (n === 0) continue;
      const em = new Float64Array(n * L);
      for (let i = 0; i < n; i++)
        for (let p = ex.start[i] as number; p < (ex.start[i + 1] as number); p++) {
          const r = (ex.rows[p] as number) * L;
          for (let y = 0; y < L; y++) em[i * L + y] = (em[i * L + y] as number) + (W[r + y] as number);
        }
      for (let i = 0; i < n; i++)
        if (ex.breaks[i]) for (let k = 0; k < KINDS.length; k++) em[i * L + inside(k)] = -Infinity;
      trans.set(TW);
      maskTransitions(trans);
      const pred = new Int8Array(n);
      viterbi(em, 0, n, trans, pred);
      const bump = (arr: Float64Array, acc: Float64Array, at: number, v: number): void => {
        arr[at] = (arr[at] as number) + v;
        acc[at] = (acc[at] as number) + c * v;
      };
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i] as number;
        const p = pred[i] as number;
        if (g !== p)
          for (let q = ex.start[i] as number; q < (ex.start[i + 1] as number); q++) {
            const r = (ex.rows[q] as number) * L;
            bump(W, U, r + g, 1);
            bump(W, U, r + p, -1);
          }
        const gp = i === 0 ? 0 : (ex.gold[i - 1] as number) + 1;
        const pp = i === 0 ? 0 : (pred[i - 1] as number) + 1;
        if (g !== p || gp !== pp) {
          bump(TW, TU, gp * L + g, 1);
          bump(TW, TU, pp * L + p, -1);
        }
      }
      c++;
    }
    if (opts.onEpoch || epoch === opts.epochs) {
      model = exportModel(W, U, TW, TU, c, opts, keep);
      opts.onEpoch?.(epoch, model);
    }
  }
  return model as TaggerModel;
}

function exportModel(
  W: Float64Array,
  U: Float64Array,
  TW: Float64Array,
  TU: Float64Array,
  c: number,
  { config, names }: { config: FeatureConfig; names: NameWords },
  keepInitial: string[],
): TaggerModel {
  const ids: number[] = [];
  const weights: number[] = [];
  const row = new Array<number>(L);
  for (let r = 0; r < W.length / L; r++) {
    let any = false;
    for (let y = 0; y < L; y++) {
      const v = (W[r * L + y] as number) - (U[r * L + y] as number) / c;
      row[y] = v;
      if (v !== 0) any = true;
    }
    if (!any) continue;
    ids.push(r);
    for (const v of row) weights.push(v);
  }
  const transitions = Array.from(
    TW,
    (v, k) => Number(((v as number) - (TU[k] as number) / c).toFixed(4)) || 0,
  );
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    licence: LICENCE,
    labels: [...LABEL_NAMES],
    config,
    ...encodeRows(ids, weights),
    transitions,
    keepInitial,
    names: { given: [...names.given], family: [...names.family] },
  };
}
