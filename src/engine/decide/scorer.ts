/**
 * The scorer: logistic regression over a candidate's named features and every pair of
 * them (so "weak word × strong trigger" or "town rank × article's country" are learned
 * conjunctions, not branches). Weights are data: trained by tools/train/scorer.ts and
 * committed as pack/dalil-scorer.json. A feature the weights do not know weighs nothing.
 */

export interface ScorerWeights {
  version: 1;
  bias: number;
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
  private readonly pairs = new Map<number, number>();
  private readonly bias: number;

  constructor(w: ScorerWeights) {
    this.bias = w.bias;
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
    this.unary = new Float64Array(this.ids.size);
    for (const [n, v] of single) this.unary[id(n)] = v;
    for (const [a, b, v] of pairs) this.pairs.set(this.pairKey(id(a), id(b)), v);
  }

  private pairKey(i: number, j: number): number {
    return i < j ? i * 0x100000 + j : j * 0x100000 + i;
  }

  /** Log-odds that a candidate with these features is a name of its type. */
  score(feats: readonly string[]): number {
    let s = this.bias;
    const known: number[] = [];
    for (const f of feats) {
      const i = this.ids.get(f);
      if (i === undefined) continue;
      s += this.unary[i] as number;
      known.push(i);
    }
    for (let a = 0; a < known.length; a++)
      for (let b = a + 1; b < known.length; b++)
        s += this.pairs.get(this.pairKey(known[a] as number, known[b] as number)) ?? 0;
    return s;
  }
}
