/**
 * Cross-validation of the tagger on NewsFANE: 5 contiguous folds of sentence blocks
 * (the acceptance set is a withheld contiguous part, so contiguous folds estimate it
 * honestly). Each fold trains on the other four plus Wojood and corpus-dev and is scored
 * by CoNLL exact match (same tokens, same kind) per kind, next to the rule engine's
 * `annotate()` on the same text in the same run.
 * Usage: tsx tools/train/eval-ner.ts [--folds 5] [--only K] [--epochs N] [--curve] [--ablate]
 */
import { annotate } from '../../src/engine/annotate';
import type { Doc } from '../../src/engine/read/doc';
import { KINDS } from '../../src/engine/tagger/labels';
import { Tagger } from '../../src/engine/tagger/tagger';
import { DEFAULT_CONFIG, DEFAULT_EPOCHS } from './config';
import { loadCorpora, packGazetteer, packLexicon, split } from './data';
import { type Example, entityKeys } from './examples';
import { type TrainOptions, train } from './perceptron';

export interface Tally {
  tp: number[];
  fp: number[];
  fn: number[];
  /** Predicted spans and the correct ones among them, per score band (see BANDS). */
  banded: number[];
  bandedRight: number[];
}
/** Lower bounds of the score bands reported (how well the score ranks the spans). */
const BANDS = [0, 0.5, 0.9, 0.99];
export const tally = (): Tally => ({
  tp: [0, 0, 0],
  fp: [0, 0, 0],
  fn: [0, 0, 0],
  banded: BANDS.map(() => 0),
  bandedRight: BANDS.map(() => 0),
});

export function score(t: Tally, gold: string[], pred: string[]): void {
  const g = new Set(gold);
  const p = new Set(pred);
  for (const k of p) (g.has(k) ? t.tp : t.fp)[Number(k.split(':')[2])]++;
  for (const k of g) if (!p.has(k)) t.fn[Number(k.split(':')[2])]++;
}

export function f1(t: Tally, kind: number): { p: number; r: number; f: number } {
  const tp = t.tp[kind] as number;
  const p = tp + (t.fp[kind] as number) ? tp / (tp + (t.fp[kind] as number)) : 0;
  const r = tp + (t.fn[kind] as number) ? tp / (tp + (t.fn[kind] as number)) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const row = (t: Tally): string =>
  KINDS.map((_, k) => {
    const { p, r, f } = f1(t, k);
    return `${f.toFixed(3)} (P ${p.toFixed(2)} R ${r.toFixed(2)})`;
  }).join('  ');

/** The rule engine's entities as token keys of the same Doc. */
function engineKeys(doc: Doc): string[] {
  const a = annotate(doc.original, packLexicon());
  const { map } = doc.norm;
  const n = doc.toks.count;
  const out: string[] = [];
  let t = 0;
  for (const e of a.entities) {
    while (t < n && (map[(doc.toks.end[t] as number) - 1] as number) < e.start) t++;
    let j = t;
    while (j < n && (map[doc.toks.start[j] as number] as number) < e.end) j++;
    if (j > t) out.push(`${t}:${j}:${KINDS.indexOf(e.type)}`);
  }
  return out;
}

export interface FoldRun {
  tagger: Tally;
  engine?: Tally;
  /** Per epoch, when a curve was asked for. */
  curve: Tally[];
}

export function evalTagger(
  model: Parameters<typeof Tagger.fromJSON>[0],
  test: Example[],
  useGaz: boolean,
): Tally {
  const tagger = Tagger.fromJSON(model);
  const gazetteer = useGaz ? packGazetteer() : undefined;
  const t = tally();
  for (const ex of test) {
    const spans = tagger.tag(ex.doc, { gazetteer });
    const gold = entityKeys(ex.gold);
    const pred = spans.map((s) => `${s.t0}:${s.t1}:${KINDS.indexOf(s.type)}`);
    score(t, gold, pred);
    const right = new Set(gold);
    spans.forEach((s, k) => {
      let b = BANDS.length - 1;
      while (s.score < (BANDS[b] as number)) b--;
      (t.banded[b] as number)++;
      if (right.has(pred[k] as string)) (t.bandedRight[b] as number)++;
    });
  }
  return t;
}

export function runFold(
  folds: number,
  k: number,
  opts: Omit<TrainOptions, 'gazetteer' | 'names'>,
  withEngine: boolean,
  curve: boolean,
): FoldRun {
  const { newsfane, wojood, dev, names } = loadCorporaOnce();
  const [test, rest] = split(newsfane, k, folds);
  const gazetteer = opts.config.gazetteer ? packGazetteer() : undefined;
  const curveTallies: Tally[] = [];
  const model = train([...rest, ...wojood, ...dev], {
    ...opts,
    gazetteer,
    names: process.env.DALIL_NO_NAMES ? { given: [], family: [] } : names,
    onEpoch: curve ? (_e, m) => curveTallies.push(evalTagger(m, test, !!gazetteer)) : undefined,
  });
  const tagger = curve
    ? (curveTallies[curveTallies.length - 1] as Tally)
    : evalTagger(model, test, !!gazetteer);
  let engine: Tally | undefined;
  if (withEngine) {
    engine = tally();
    for (const ex of test) score(engine, entityKeys(ex.gold), engineKeys(ex.doc));
  }
  return { tagger, engine, curve: curveTallies };
}

let corpora: ReturnType<typeof loadCorpora> | undefined;
const loadCorporaOnce = (): ReturnType<typeof loadCorpora> => {
  corpora ??= loadCorpora();
  return corpora;
};

const add = (a: Tally, b: Tally): void => {
  for (const f of ['tp', 'fp', 'fn', 'banded', 'bandedRight'] as const)
    for (let k = 0; k < b[f].length; k++) (a[f][k] as number) += b[f][k] as number;
};

/** Precision of the tagger's spans per score band. */
const bandRow = (t: Tally): string =>
  BANDS.map((lo, b) => {
    const n = t.banded[b] as number;
    return `score ≥ ${lo}: ${n} spans, P ${n ? ((t.bandedRight[b] as number) / n).toFixed(2) : '-'}`;
  }).join('; ');

/** Prints the cross-validation table (see the header comment for the arguments). */
export function crossValidation(args: string[]): void {
  const opt = (name: string): string | undefined =>
    args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
  const folds = Number(opt('--folds') ?? 5);
  const only = opt('--only');
  const epochs = Number(opt('--epochs') ?? DEFAULT_EPOCHS);
  const curve = args.includes('--curve');
  const ks = only !== undefined ? [Number(only)] : [...Array(folds).keys()];
  const header = `${''.padEnd(22)}${KINDS.map((k) => k.padEnd(26)).join('')}`;
  // --config '{"bigrams":false}' overrides the shipped configuration (for experiments).
  const config = { ...DEFAULT_CONFIG, ...JSON.parse(opt('--config') ?? '{}') };
  const variants: { name: string; opts: Omit<TrainOptions, 'gazetteer' | 'names'> }[] = [
    { name: 'tagger', opts: { config, epochs } },
  ];
  if (args.includes('--ablate'))
    variants.push(
      { name: 'no gazetteer', opts: { config: { ...config, gazetteer: false }, epochs } },
      { name: 'window ±1', opts: { config: { ...config, window: 1 }, epochs } },
      { name: 'no word pairs', opts: { config: { ...config, bigrams: false }, epochs } },
    );
  console.log(`NewsFANE ${folds}-fold CV (contiguous), CoNLL exact match F1 per kind, folds ${ks.join(',')}`);
  console.log(header);
  for (const [vi, v] of variants.entries()) {
    const total = tally();
    const engine = tally();
    const curves: Tally[] = [];
    const t0 = performance.now();
    for (const k of ks) {
      const r = runFold(folds, k, v.opts, vi === 0, curve && vi === 0);
      add(total, r.tagger);
      if (r.engine) add(engine, r.engine);
      r.curve.forEach((c, e) => {
        curves[e] ??= tally();
        add(curves[e] as Tally, c);
      });
      if (ks.length > 1 && vi === 0) console.log(`${`  fold ${k}`.padEnd(22)}${row(r.tagger)}`);
    }
    const secs = ((performance.now() - t0) / 1000 / ks.length).toFixed(1);
    console.log(`${v.name.padEnd(22)}${row(total)}   (${secs} s/fold)`);
    if (vi === 0) {
      console.log(`${'rule engine'.padEnd(22)}${row(engine)}`);
      console.log(`  tagger ${bandRow(total)}`);
    }
    for (const [e, c] of curves.entries()) console.log(`${`  epoch ${e + 1}`.padEnd(22)}${row(c)}`);
  }
}

if (process.argv[1]?.endsWith('eval-ner.ts')) crossValidation(process.argv.slice(2));
