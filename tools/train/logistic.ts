/**
 * Logistic regression over named features and their pairs, full batch with AdaGrad and
 * L2: deterministic (no sampling), small (a few thousand weights), quick (seconds).
 */
import type { EntityType } from '../../src/common/pack';
import { pairName, type ScorerWeights } from '../../src/engine/decide/scorer';

export interface Example {
  feats: string[];
  label: boolean;
  weight?: number;
  /** The candidate's type (for the per-type cut, see scorer.ts withF1Threshold). */
  type?: EntityType;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** A pair of features becomes a weight only when this many examples have it. */
  minPair?: number;
}

function expand(feats: readonly string[]): string[] {
  const f = [...new Set(feats)].sort();
  const out = [...f];
  for (let a = 0; a < f.length; a++)
    for (let b = a + 1; b < f.length; b++) out.push(pairName(f[a] as string, f[b] as string));
  return out;
}

export function train(examples: readonly Example[], opts: TrainOptions = {}): ScorerWeights {
  const { epochs = 600, rate = 1, l2 = 0.0001, minPair = 3 } = opts;
  const count = new Map<string, number>();
  const expanded = examples.map((ex) => expand(ex.feats));
  for (const fs of expanded) for (const f of fs) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count.keys()].filter((n) => !n.includes('&') || (count.get(n) ?? 0) >= minPair).sort();
  const id = new Map(names.map((n, i) => [n, i]));
  const rows = expanded.map((fs) => Int32Array.from(fs.map((f) => id.get(f) ?? -1).filter((i) => i >= 0)));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const grad = new Float64Array(names.length);
  const total = examples.reduce((s, ex) => s + (ex.weight ?? 1), 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Int32Array;
      let z = bias;
      for (const j of row) z += w[j] as number;
      const p = 1 / (1 + Math.exp(-z));
      const ex = examples[i] as Example;
      const err = ((ex.label ? 1 : 0) - p) * (ex.weight ?? 1);
      gb += err;
      for (const j of row) grad[j] = (grad[j] as number) + err;
    }
    for (let j = 0; j < w.length; j++) {
      const g = (grad[j] as number) / total - l2 * (w[j] as number);
      g2[j] = (g2[j] as number) + g * g;
      w[j] = (w[j] as number) + (rate * g) / Math.sqrt(g2[j] as number);
    }
    const g = gb / total;
    b2 += g * g;
    bias += (rate * g) / Math.sqrt(b2);
  }
  const weights: Record<string, number> = {};
  for (let j = 0; j < w.length; j++) {
    const v = Math.round((w[j] as number) * 1000) / 1000;
    if (Math.abs(v) >= 0.01) weights[names[j] as string] = v;
  }
  return { version: 1, bias: Math.round(bias * 1000) / 1000, weights };
}
