/** Prints figures as a fixed-width table, grouped by section. */
import type { Figure } from './stats';

const fmt = (value: number): string => (Number.isFinite(value) ? String(value) : 'n/a');

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.group,
    f.name,
    `${fmt(f.median)} ${f.unit}`,
    `${fmt(f.min)}–${fmt(f.max)}`,
    String(f.runs),
    f.baseline ? `vs ${f.baseline}` : '',
    f.budget ? `${f.budget} ${f.ok === undefined ? '' : f.ok ? 'ok' : 'MISSED'}`.trim() : '',
  ]);
  const header = ['group', 'figure', 'median', 'min–max', 'n', 'baseline', 'budget/aim'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
