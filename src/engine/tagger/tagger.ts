/**
 * The statistical sequence tagger: BIO labels for places, organisations and people
 * over a prepared Doc, from an averaged-perceptron model (tools/train).
 *
 * Emission scores decompose per distinct word: token i scores Σ_d W_d[word(i+d)] for
 * d in -window..window, so each distinct word of the document costs (2·window + 1)
 * label vectors, summed from its hashed features once, and each token a few vector
 * additions; Viterbi adds the transitions. See features.ts for the features.
 */
import type { EntityType } from '../../common/pack';
import { readings } from '../clitics';
import type { Doc } from '../doc';
import { maskTransitions, sentenceStarts, viterbi } from './decode';
import { FeatureHasher } from './features';
import type { Gazetteer } from './gazetteer';
import { inside, isBegin, KINDS, kindOf, NUM_LABELS } from './labels';
import { checkModel, type TaggerModel } from './model';

const L = NUM_LABELS;

export interface TaggedSpan {
  /** Token range [t0, t1) of the Doc. */
  t0: number;
  t1: number;
  /** Normalised-text span: proclitics excluded, the article kept when written. */
  s: number;
  e: number;
  type: EntityType;
  /** Confidence in [0, 1): 1 − e^(−margin), margin = how much better than the best alternative. */
  score: number;
}

export interface TagOptions {
  gazetteer?: Gazetteer;
}

export class Tagger {
  readonly hasher: FeatureHasher;
  private readonly slots: number;
  private readonly padVecs: Float64Array;
  private readonly keep: Set<string>;

  /** `index[row]` is the offset of the row's weights in `weights`, or -1 for a zero row. */
  constructor(
    readonly model: Pick<TaggerModel, 'config' | 'keepInitial' | 'names'>,
    private readonly index: Int32Array,
    private readonly weights: Float32Array,
    private readonly trans: Float64Array,
  ) {
    this.hasher = new FeatureHasher(model.config, model.names);
    this.keep = new Set(model.keepInitial);
    const w = model.config.window;
    this.slots = 2 * w + 1;
    this.padVecs = new Float64Array(this.slots * L);
    for (let d = -w; d <= w; d++)
      if (d !== 0) this.addRow(this.padVecs, (d + w) * L, this.hasher.nearRow(this.hasher.padHash, d));
  }

  static fromJSON(value: unknown): Tagger {
    const m = checkModel(value);
    const index = new Int32Array(1 << m.config.bits).fill(-1);
    const weights = new Float32Array(m.weights.length);
    let row = 0;
    for (let k = 0; k < m.rows.length; k++) {
      row += m.rows[k] as number;
      index[row] = k * L;
    }
    for (let k = 0; k < m.weights.length; k++) weights[k] = (m.weights[k] as number) * m.scale;
    const trans = new Float64Array(m.transitions);
    maskTransitions(trans);
    return new Tagger(m, index, weights, trans);
  }

  private addRow(out: Float64Array, at: number, row: number): void {
    const o = this.index[row] as number;
    if (o < 0) return;
    for (let y = 0; y < L; y++) out[at + y] = (out[at + y] as number) + (this.weights[o + y] as number);
  }

  /** Per-word label vectors (slot d + window), computed for the document's words. */
  private wordVectors(doc: Doc, gaz: Gazetteer | undefined): Float64Array {
    const { window: w, gazetteer: useGaz } = this.model.config;
    const vecs = new Float64Array(doc.types.length * this.slots * L);
    const rows: number[] = [];
    const near: number[] = [];
    const stride = this.slots * L;
    const docRows = this.hasher.docRows(doc.toks.count, doc.ids, doc.types, doc.toks.joined);
    for (let t = 0; t < doc.types.length; t++) {
      const word = doc.types[t] as string;
      const flags = useGaz && gaz ? gaz.flags(word) : 0;
      rows.length = 0;
      near.length = 0;
      this.hasher.local(word, flags, rows);
      this.hasher.near(word, flags, near);
      const base = t * stride;
      for (const r of rows) this.addRow(vecs, base + w * L, r);
      for (const r of docRows[t] as number[]) this.addRow(vecs, base + w * L, r);
      for (let d = -w; d <= w; d++) {
        if (d === 0) continue;
        const at = base + (d + w) * L;
        for (const h of near) this.addRow(vecs, at, this.hasher.nearRow(h, d));
      }
    }
    return vecs;
  }

  /** Emission scores, n × labels. */
  emissions(doc: Doc, gaz?: Gazetteer): Float64Array {
    const n = doc.toks.count;
    const w = this.model.config.window;
    const vecs = this.wordVectors(doc, gaz);
    const stride = this.slots * L;
    const em = new Float64Array(n * L);
    const { ids } = doc;
    const joined = doc.toks.joined;
    const keys = new Int32Array(doc.types.length);
    if (this.model.config.bigrams)
      for (let t = 0; t < keys.length; t++) keys[t] = this.hasher.pairKey(doc.types[t] as string);
    const keyAt = (j: number): number => keys[ids[j] as number] as number;
    const extra: number[] = [];
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let d = -w; d <= w; d++) {
        const j = i + d;
        const src = j < 0 || j >= n ? this.padVecs : vecs;
        const at = j < 0 || j >= n ? (d + w) * L : (ids[j] as number) * stride + (d + w) * L;
        for (let y = 0; y < L; y++) em[o + y] = (em[o + y] as number) + (src[at + y] as number);
      }
      extra.length = 0;
      this.hasher.tokenRows(i, n, joined, keyAt, extra);
      for (const r of extra) this.addRow(em, o, r);
      // A name spans only tokens separated by plain spaces (as the lexicon's matches do).
      if (i > 0 && !joined[i - 1]) for (let k = 0; k < KINDS.length; k++) em[o + inside(k)] = -Infinity;
    }
    return em;
  }

  /** Best labels (see labels.ts), and the max-marginals when asked for, sentence by sentence. */
  private decode(
    doc: Doc,
    gaz: Gazetteer | undefined,
    marginals: boolean,
  ): { best: Int8Array; marg: Float64Array } {
    const n = doc.toks.count;
    const em = this.emissions(doc, gaz);
    const best = new Int8Array(n);
    const marg = new Float64Array(marginals ? n * L : 0);
    const starts = sentenceStarts(doc.norm.text, doc.toks.start, doc.toks.end, n);
    for (let k = 0; k + 1 < starts.length; k++) {
      const a = starts[k] as number;
      const b = starts[k + 1] as number;
      const lat = viterbi(em.subarray(a * L, b * L), b - a, this.trans, marginals);
      best.set(lat.best, a);
      if (lat.marg) marg.set(lat.marg, a * L);
    }
    return { best, marg };
  }

  /** Best label of every token (see labels.ts). */
  labels(doc: Doc, options: TagOptions = {}): Int8Array {
    return this.decode(doc, options.gazetteer, false).best;
  }

  tag(doc: Doc, options: TagOptions = {}): TaggedSpan[] {
    const n = doc.toks.count;
    const { best, marg: m } = this.decode(doc, options.gazetteer, true);
    const margin = (i: number, y: number, alt?: number): number => {
      const own = m[i * L + y] as number;
      if (alt !== undefined) return own - (m[i * L + alt] as number);
      let other = -Infinity;
      for (let k = 0; k < L; k++)
        if (k !== y && (m[i * L + k] as number) > other) other = m[i * L + k] as number;
      return own - other;
    };
    const out: TaggedSpan[] = [];
    let typeSet: Set<string> | undefined;
    const docHas = (s: string): boolean => {
      typeSet ??= new Set(doc.types);
      return typeSet.has(s);
    };
    for (let i = 0; i < n; ) {
      const y = best[i] as number;
      if (!isBegin(y)) {
        i++;
        continue;
      }
      const kind = kindOf(y);
      let j = i + 1;
      while (j < n && best[j] === inside(kind)) j++;
      let mg = Infinity;
      for (let k = i; k < j; k++) mg = Math.min(mg, margin(k, best[k] as number));
      if (j < n) mg = Math.min(mg, margin(j, best[j] as number, inside(kind)));
      const word = doc.strs[i] as string;
      out.push({
        t0: i,
        t1: j,
        s: (doc.toks.start[i] as number) + this.cliticLength(word, options.gazetteer, docHas),
        e: doc.toks.end[j - 1] as number,
        type: KINDS[kind] as EntityType,
        score: 1 - Math.exp(-Math.max(0, mg)),
      });
      i = j;
    }
    return out;
  }

  /**
   * Letters of proclitics to leave out of a name that starts with `word`. The reading
   * the gazetteer knows wins (least stripping first, so بغداد stays whole); then one
   * whose stripped form the document writes on its own; else a conjunction و/ف goes
   * (unless training met the word whole at a name's start: وزارة، فلسطين) and a
   * preposition goes only before the article (بال، لل، كال).
   */
  cliticLength(word: string, gaz: Gazetteer | undefined, docHas: (s: string) => boolean): number {
    const rs = readings(word);
    if (rs.length <= 1 || this.keep.has(word)) return 0;
    const cut = (r: (typeof rs)[number]): number => r.pre + (r.art && r.artLen === 1 ? 1 : 0);
    if (gaz) for (const r of rs) if (gaz.knows(r.core)) return cut(r);
    for (const r of rs) if (r.pre > 0 && docHas(word.slice(cut(r)))) return cut(r);
    let pre = 0;
    const c0 = word[0];
    if ((c0 === 'و' || c0 === 'ف') && word.length - 1 >= 3) pre = 1;
    const c1 = word[pre];
    if ((c1 === 'ب' || c1 === 'ك') && word.startsWith('ال', pre + 1)) return pre + 1;
    // ل + ال is written لل: "للجيش" leaves "جيش", "للاذقية" (the article's lam is the name's) "لاذقية".
    if (c1 === 'ل' && word[pre + 1] === 'ل' && word.length - pre >= 4)
      return word[pre + 2] === 'ا' ? pre + 1 : pre + 2;
    return pre;
  }
}
