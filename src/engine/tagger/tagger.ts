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
import { readings } from '../read/clitics';
import type { Doc } from '../read/doc';
import { maskTransitions, sentenceStarts, viterbi } from './decode';
import { FeatureHasher } from './features';
import type { Gazetteer } from './gazetteer';
import { begin, inside, isBegin, KINDS, kindOf, NUM_LABELS } from './labels';
import { checkModel, decodeRows, ModelError, type ModelTables, type Rows, type TaggerModel } from './model';

const L = NUM_LABELS;
const CACHE_WORDS = 50_000;
/**
 * Margins of the shipped weights run from ~1 to ~40 (and Infinity where no other labelling
 * is allowed); on NewsFANE fold 2 spans with margin ≥ 5 / 10 / 20 / 40 were right 79 / 83 /
 * 87 / 91% of the time. Scaled by 20, the score spreads over that range instead of
 * saturating at 1.
 */
const MARGIN_SCALE = 20;

export interface TaggedSpan {
  /** Token range [t0, t1) of the Doc. */
  t0: number;
  t1: number;
  /** Normalised-text span: proclitics excluded, the article kept when written. */
  s: number;
  e: number;
  type: EntityType;
  /**
   * Confidence in [0, 1]: 1 − e^(−margin / MARGIN_SCALE), where the margin is how much
   * better the best labelling is than the best one without this span (max-marginals).
   */
  score: number;
}

/**
 * How far the tagger was from starting a name of each kind at each token: the best
 * labelling's score minus the best one with B-kind there (0 where it did), n × kinds.
 * A name the tagger nearly gave is evidence for a glossary match it did not confirm.
 */
export interface TaggerDoubt {
  beginDeficit(token: number, type: EntityType): number;
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
    return Tagger.fromRows(m, decodeRows(m));
  }

  /** A tagger from a checked model's tables and its decoded weight rows. */
  static fromRows(m: ModelTables, { ids, weights }: Rows): Tagger {
    const index = new Int32Array(1 << m.config.bits).fill(-1);
    for (let k = 0; k < ids.length; k++) {
      const row = ids[k] as number;
      if (row >= index.length) throw new ModelError('tagger model row outside its table');
      index[row] = k * L;
    }
    const trans = new Float64Array(m.transitions);
    maskTransitions(trans);
    return new Tagger(m, index, weights, trans);
  }

  private addRow(out: Float64Array, at: number, row: number): void {
    const o = this.index[row] as number;
    if (o < 0) return;
    for (let y = 0; y < L; y++) out[at + y] = (out[at + y] as number) + (this.weights[o + y] as number);
  }

  /** A word's label vectors (slot d + window), without its document features. */
  private wordVector(word: string, gaz: Gazetteer | undefined): Float64Array {
    const { window: w, gazetteer: useGaz } = this.model.config;
    const vec = new Float64Array(this.slots * L);
    const flags = useGaz && gaz ? gaz.flags(word) : 0;
    const rows: number[] = [];
    this.hasher.local(word, flags, rows);
    for (const r of rows) this.addRow(vec, w * L, r);
    rows.length = 0;
    this.hasher.near(word, flags, rows);
    for (let d = -w; d <= w; d++) {
      if (d === 0) continue;
      for (const h of rows) this.addRow(vec, (d + w) * L, this.hasher.nearRow(h, d));
    }
    return vec;
  }

  /**
   * Words' vectors are kept across documents (pages repeat their vocabulary), per
   * gazetteer, up to CACHE_WORDS words; then the cache starts again.
   */
  private cache = new Map<string, { vec: Float64Array; docKey: number; pairKey: number }>();
  private cacheGaz: Gazetteer | undefined;

  /** Per-word label vectors of the document's words, with their document features. */
  private wordVectors(doc: Doc, gaz: Gazetteer | undefined): { vecs: Float64Array; pairKeys: Int32Array } {
    const w = this.model.config.window;
    const stride = this.slots * L;
    const vecs = new Float64Array(doc.types.length * stride);
    if (gaz !== this.cacheGaz || this.cache.size > CACHE_WORDS) {
      this.cache = new Map();
      this.cacheGaz = gaz;
    }
    const docKeys = new Int32Array(doc.types.length);
    const pairKeys = new Int32Array(doc.types.length);
    for (let t = 0; t < doc.types.length; t++) {
      const word = doc.types[t] as string;
      let hit = this.cache.get(word);
      if (hit === undefined) {
        hit = {
          vec: this.wordVector(word, gaz),
          docKey: this.hasher.docKey(word),
          pairKey: this.hasher.pairKey(word),
        };
        this.cache.set(word, hit);
      }
      const v = hit.vec;
      for (let k = 0; k < stride; k++) vecs[t * stride + k] = v[k] as number;
      docKeys[t] = hit.docKey;
      pairKeys[t] = hit.pairKey;
    }
    const docRows = this.hasher.docRows(doc.toks.count, doc.ids, docKeys, doc.toks.joined);
    for (let t = 0; t < doc.types.length; t++)
      for (const r of docRows[t] as number[]) this.addRow(vecs, t * stride + w * L, r);
    return { vecs, pairKeys };
  }

  /** Emission scores, n × labels. */
  emissions(doc: Doc, gaz?: Gazetteer): Float64Array {
    const n = doc.toks.count;
    const w = this.model.config.window;
    const { vecs, pairKeys: keys } = this.wordVectors(doc, gaz);
    const stride = this.slots * L;
    const em = new Float64Array(n * L);
    const { ids } = doc;
    const joined = doc.toks.joined;
    const pad = this.padVecs;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let d = -w; d <= w; d++) {
        const j = i + d;
        const out = j < 0 || j >= n;
        const src = out ? pad : vecs;
        const at = (out ? 0 : (ids[j] as number) * stride) + (d + w) * L;
        for (let y = 0; y < L; y++) em[o + y] = (em[o + y] as number) + (src[at + y] as number);
      }
    }
    const { before, after } = this.hasher.breakRows();
    const pairs = this.model.config.bigrams;
    const pairPad = this.hasher.padHash;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const cut = i === 0 || !joined[i - 1];
      const end = i === n - 1 || !joined[i];
      if (cut) this.addRow(em, o, before);
      if (end) this.addRow(em, o, after);
      if (pairs) {
        const k = keys[ids[i] as number] as number;
        this.addRow(
          em,
          o,
          this.hasher.pairRow(cut ? pairPad : (keys[ids[i - 1] as number] as number), k, true),
        );
        this.addRow(
          em,
          o,
          this.hasher.pairRow(k, end ? pairPad : (keys[ids[i + 1] as number] as number), false),
        );
      }
      // A name spans only tokens separated by plain spaces (as the lexicon's matches do).
      if (i > 0 && cut) for (let k = 0; k < KINDS.length; k++) em[o + inside(k)] = -Infinity;
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
    const marg = marginals ? new Float64Array(n * L) : undefined;
    const starts = sentenceStarts(doc.norm.text, doc.toks.start, doc.toks.end, n);
    for (let k = 0; k + 1 < starts.length; k++)
      viterbi(em, starts[k] as number, starts[k + 1] as number, this.trans, best, marg);
    return { best, marg: marg ?? em };
  }

  /** Best label of every token (see labels.ts). */
  labels(doc: Doc, options: TagOptions = {}): Int8Array {
    return this.decode(doc, options.gazetteer, false).best;
  }

  tag(doc: Doc, options: TagOptions = {}): TaggedSpan[] {
    return this.tagWithDoubt(doc, options).spans;
  }

  /** The spans, and how near the tagger came to a name at each token (see TaggerDoubt). */
  tagWithDoubt(doc: Doc, options: TagOptions = {}): { spans: TaggedSpan[]; doubt: TaggerDoubt } {
    const n = doc.toks.count;
    const { best, marg: m } = this.decode(doc, options.gazetteer, true);
    const doubt: TaggerDoubt = {
      beginDeficit(i: number, type: EntityType): number {
        let top = -Infinity;
        for (let y = 0; y < L; y++) if ((m[i * L + y] as number) > top) top = m[i * L + y] as number;
        return top - (m[i * L + begin(KINDS.indexOf(type))] as number);
      },
    };
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
        score: 1 - Math.exp(-Math.max(0, mg) / MARGIN_SCALE),
      });
      i = j;
    }
    return { spans: out, doubt };
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
