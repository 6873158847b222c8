/**
 * The scorer: logistic regression over a candidate's named features and every pair of
 * them (so "weak word × strong trigger" or "town rank × article's country" are learned
 * conjunctions, not branches). Weights are data: trained by tools/train/scorer.ts and
 * committed as pack/dalil-scorer.json. A feature the weights do not know weighs nothing.
 */
import type { EntityType } from '../../common/pack';

export interface ScorerWeights {
  version: 1;
  bias: number;
  /**
   * Added to the bias for a candidate of that type: each kind's own F1-best cut (see
   * tools/train/scorer.ts withF1Threshold). Organisations are fewer among their candidates
   * than places, so their best cut lies elsewhere.
   */
  typeBias?: Partial<Record<EntityType, number>>;
  /** Feature name → weight; a pair is "a&b" with a < b. */
  weights: Record<string, number>;
}

/** Pair key of two feature names, in one order. */
export function pairName(a: string, b: string): string {
  return a < b ? `${a}&${b}` : `${b}&${a}`;
}

export class Scorer {
  private readonly ids = new Map<string, number>();
  private readonly unary: Float64Array;
  /** Pair weights, ids × ids (both orders): n² doubles, 130 KB for today's 129 features. */
  private readonly pairs: Float64Array;
  /**
   * Set in the constructor only: a field declared with no value would start undefined and
   * then hold a boxed double, which makes every sum started from it allocate (5× slower).
   */
  declare private readonly bias: number;
  private readonly typeBias: Partial<Record<EntityType, number>>;
  /** Ids of the known features of the candidate being scored (reused: scoring allocates nothing). */
  private known = new Int32Array(64);

  constructor(w: ScorerWeights) {
    this.bias = w.bias;
    this.typeBias = w.typeBias ?? {};
    const single: [string, number][] = [];
    const pairs: [string, string, number][] = [];
    for (const [name, v] of Object.entries(w.weights)) {
      const amp = name.indexOf('&');
      if (amp < 0) single.push([name, v]);
      else pairs.push([name.slice(0, amp), name.slice(amp + 1), v]);
    }
    const id = (name: string): number => {
      let i = this.ids.get(name);
      if (i === undefined) {
        i = this.ids.size;
        this.ids.set(name, i);
      }
      return i;
    };
    for (const [n] of single) id(n);
    for (const [a, b] of pairs) {
      id(a);
      id(b);
    }
    const n = this.ids.size;
    this.unary = new Float64Array(n);
    for (const [name, v] of single) this.unary[id(name)] = v;
    this.pairs = new Float64Array(n * n);
    for (const [a, b, v] of pairs) {
      this.pairs[id(a) * n + id(b)] = v;
      this.pairs[id(b) * n + id(a)] = v;
    }
  }

  /** Log-odds that a candidate of this type with these features is a name of its type. */
  scoreSpan(sp: { readonly feats: readonly string[]; readonly type: EntityType }): number {
    return this.score(sp.feats) + (this.typeBias[sp.type] ?? 0);
  }

  /** Log-odds from the features alone, before the type's own cut (see `typeBias`). */
  score(feats: readonly string[]): number {
    let s = this.bias;
    if (this.known.length < feats.length) this.known = new Int32Array(feats.length * 2);
    const known = this.known;
    let count = 0;
    for (let k = 0; k < feats.length; k++) {
      const i = this.ids.get(feats[k] as string);
      if (i === undefined) continue;
      s += this.unary[i] as number;
      known[count++] = i;
    }
    // Pairs in the same order as the features (a sum's rounding depends on its order).
    const n = this.ids.size;
    const pairs = this.pairs;
    for (let a = 0; a < count; a++) {
      const row = (known[a] as number) * n;
      for (let b = a + 1; b < count; b++) s += pairs[row + (known[b] as number)] as number;
    }
    return s;
  }
}
