/**
 * Viterbi decoding over BIO labels with max-marginals: the best label sequence, and for
 * each token and label the score of the best sequence through that label, so a span's
 * confidence is how much worse the best alternative is.
 */
import { allowed, NUM_LABELS } from './labels';

const L = NUM_LABELS;

/** Transition scores: row 0 is the start, row 1 + y the label y before. */
export const TRANS_SIZE = (L + 1) * L;

/** Forbidden transitions (an I after anything but its own B or I) score -Infinity. */
export function maskTransitions(trans: Float64Array | Float32Array): void {
  for (let p = -1; p < L; p++)
    for (let y = 0; y < L; y++) if (!allowed(p, y)) trans[(p + 1) * L + y] = -Infinity;
}

/**
 * Token indices where a sentence begins (a line break or . ? ! ; before the token), then
 * the token count. Each sentence is decoded on its own, from the start row: training
 * updates sentence by sentence, and a document-long path would tie distant decisions.
 */
export function sentenceStarts(text: string, start: Int32Array, end: Int32Array, n: number): number[] {
  const out = [0];
  for (let i = 1; i < n; i++) {
    for (let p = end[i - 1] as number; p < (start[i] as number); p++) {
      const c = text.charCodeAt(p);
      if (c === 0x0a || c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3b) {
        out.push(i);
        break;
      }
    }
  }
  if (n > 0) out.push(n);
  else out[0] = 0;
  return n > 0 ? out : [0];
}

export interface Lattice {
  /** Best label of each token. */
  best: Int8Array;
  /** Max-marginals, n × L (filled only when asked for). */
  marg?: Float64Array;
}

/**
 * Best labels for n tokens with emission scores `em` (n × L) and masked transitions.
 * `marginals` adds the backward pass (twice the work) for confidences.
 */
export function viterbi(em: Float64Array, n: number, trans: ArrayLike<number>, marginals: boolean): Lattice {
  const best = new Int8Array(n);
  if (n === 0) return { best };
  const alpha = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) alpha[y] = (em[y] as number) + (trans[y] as number);
  for (let i = 1; i < n; i++) {
    const a = (i - 1) * L;
    const o = i * L;
    for (let y = 0; y < L; y++) {
      let m = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const v = (alpha[a + p] as number) + (trans[(p + 1) * L + y] as number);
        if (v > m) {
          m = v;
          arg = p;
        }
      }
      alpha[o + y] = m + (em[o + y] as number);
      back[o + y] = arg;
    }
  }
  let y = 0;
  let m = -Infinity;
  for (let k = 0; k < L; k++) {
    const v = alpha[(n - 1) * L + k] as number;
    if (v > m) {
      m = v;
      y = k;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    best[i] = y;
    y = back[i * L + y] as number;
  }
  if (!marginals) return { best };
  const beta = new Float64Array(n * L);
  for (let i = n - 2; i >= 0; i--) {
    const o = i * L;
    const nx = (i + 1) * L;
    for (let y2 = 0; y2 < L; y2++) {
      let mm = -Infinity;
      for (let q = 0; q < L; q++) {
        const v = (trans[(y2 + 1) * L + q] as number) + (em[nx + q] as number) + (beta[nx + q] as number);
        if (v > mm) mm = v;
      }
      beta[o + y2] = mm;
    }
  }
  for (let k = 0; k < n * L; k++) alpha[k] = (alpha[k] as number) + (beta[k] as number);
  return { best, marg: alpha };
}
