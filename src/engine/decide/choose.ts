/**
 * The best non-overlapping set: weighted interval scheduling over the candidates the
 * scorer believes (log-odds > 0), maximising the sum of their log-odds. Two short names
 * beat one long one only when the scorer is surer of both together.
 */
import type { Span } from './spans';

export function chooseBest(candidates: readonly Span[]): Span[] {
  const c = candidates.filter((sp) => (sp.score ?? 0) > 0 && sp.e > sp.s);
  // By end, then start, then higher score: a stable, deterministic order.
  c.sort((a, b) => a.e - b.e || a.s - b.s || (b.score ?? 0) - (a.score ?? 0));
  const n = c.length;
  const best = new Float64Array(n + 1); // best[i]: best total over the first i candidates
  const prev = new Int32Array(n); // number of candidates that end at or before c[i] starts
  for (let i = 0; i < n; i++) {
    // Binary search: candidates are sorted by end.
    let lo = 0;
    let hi = i;
    const s = (c[i] as Span).s;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as Span).e <= s) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo;
    const take = (best[lo] as number) + ((c[i] as Span).score as number);
    best[i + 1] = Math.max(best[i] as number, take);
  }
  const out: Span[] = [];
  for (let i = n; i > 0; ) {
    const sp = c[i - 1] as Span;
    const take = (best[prev[i - 1] as number] as number) + (sp.score as number);
    if (take >= (best[i - 1] as number) && take === best[i]) {
      out.push(sp);
      i = prev[i - 1] as number;
    } else i--;
  }
  return out.reverse();
}
