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

/** Work buffers, grown as needed and reused: decoding allocates nothing per sentence. */
let alphaBuf = new Float64Array(64 * L);
let betaBuf = new Float64Array(64 * L);
let backBuf = new Uint8Array(64 * L);

/** Predecessors worth trying per label: every label before O and B-*, B-X and I-X before I-X. */
const PREDS: number[][] = Array.from({ length: L }, (_, y) =>
  Array.from({ length: L }, (_, p) => p).filter((p) => allowed(p, y)),
);
/**
 * Successors worth trying per label, for the backward pass: a forbidden transition scores
 * -Infinity, which never beats a maximum, so leaving it out changes no result.
 */
const SUCCS: number[][] = Array.from({ length: L }, (_, p) =>
  Array.from({ length: L }, (_, y) => y).filter((y) => allowed(p, y)),
);

/**
 * Best labels of tokens [from, to) with emission scores `em` (token-major, L a token)
 * and masked transitions, into `best`; with `marg`, also their max-marginals (the
 * backward pass, twice the work) at the same offsets.
 */
export function viterbi(
  em: Float64Array,
  from: number,
  to: number,
  trans: Float64Array,
  best: Uint8Array | Int8Array,
  marg?: Float64Array,
): void {
  const n = to - from;
  if (n <= 0) return;
  if (alphaBuf.length < n * L) {
    alphaBuf = new Float64Array(n * L * 2);
    betaBuf = new Float64Array(n * L * 2);
    backBuf = new Uint8Array(n * L * 2);
  }
  // Locals: the loops below read them without reloading the module's variables.
  const alpha = alphaBuf;
  const beta = betaBuf;
  const back = backBuf;
  const e0 = from * L;
  for (let y = 0; y < L; y++) alpha[y] = (em[e0 + y] as number) + (trans[y] as number);
  for (let i = 1; i < n; i++) {
    const a = (i - 1) * L;
    const o = i * L;
    for (let y = 0; y < L; y++) {
      const preds = PREDS[y] as number[];
      let m = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k] as number;
        const v = (alpha[a + p] as number) + (trans[(p + 1) * L + y] as number);
        if (v > m) {
          m = v;
          arg = p;
        }
      }
      alpha[o + y] = m + (em[e0 + o + y] as number);
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
    best[from + i] = y;
    y = back[i * L + y] as number;
  }
  if (!marg) return;
  for (let q = 0; q < L; q++) beta[(n - 1) * L + q] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const o = i * L;
    const nx = (i + 1) * L;
    for (let y2 = 0; y2 < L; y2++) {
      const succs = SUCCS[y2] as number[];
      const t = (y2 + 1) * L;
      let mm = -Infinity;
      for (let k = 0; k < succs.length; k++) {
        const q = succs[k] as number;
        const v = (trans[t + q] as number) + (em[e0 + nx + q] as number) + (beta[nx + q] as number);
        if (v > mm) mm = v;
      }
      beta[o + y2] = mm;
    }
  }
  for (let k = 0; k < n * L; k++) marg[e0 + k] = (alpha[k] as number) + (beta[k] as number);
}
