/** Figures: each is the median (with min–max) of several runs, optionally a ratio to a baseline. */

export interface Figure {
  /** Section, e.g. "1 gate". */
  group: string;
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** For ratios: the name of the baseline figure the ratio is taken against. */
  baseline?: string;
  /** The budget or aim, as text (e.g. "< 2 ms"); informative only, never a test. */
  budget?: string;
  /** Whether the budget is met, when a budget applies. */
  ok?: boolean;
  note?: string;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface FigureOptions {
  baseline?: string;
  budget?: string;
  /** Budget test on the median (aims and budgets are reported, never enforced). */
  within?: (median: number) => boolean;
  note?: string;
}

export function figure(
  group: string,
  name: string,
  unit: string,
  values: number[],
  options: FigureOptions = {},
): Figure {
  const finite = values.filter((value) => Number.isFinite(value));
  const m = median(finite);
  const out: Figure = {
    group,
    name,
    unit,
    median: round(m),
    min: round(finite.length ? Math.min(...finite) : Number.NaN),
    max: round(finite.length ? Math.max(...finite) : Number.NaN),
    runs: finite.length,
  };
  if (options.baseline) out.baseline = options.baseline;
  if (options.budget) out.budget = options.budget;
  if (options.within && Number.isFinite(m)) out.ok = options.within(m);
  if (options.note) out.note = options.note;
  return out;
}

/** Per-run ratios a[i] / b[i] (both measured in the same run), as a figure against `baseline`. */
export function ratio(
  group: string,
  name: string,
  numerators: number[],
  denominators: number[],
  baseline: string,
  options: Omit<FigureOptions, 'baseline'> = {},
): Figure {
  const values = numerators.map((value, i) => value / denominators[i]);
  return figure(group, name, '×', values, { ...options, baseline });
}

export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
  return Number(value.toFixed(digits));
}

/** Times `work` `runs` times (after `warmup` unmeasured runs) and returns the durations in ms. */
export async function timeRuns(
  runs: number,
  work: () => unknown | Promise<unknown>,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    out.push(performance.now() - started);
  }
  return out;
}
