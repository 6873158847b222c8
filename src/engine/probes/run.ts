/**
 * Scores every probe table of this folder against the bundled pack and prints, per table,
 * how many rows get the right type and the right English name, then the misses.
 *
 *   node scripts/run-ts.mjs src/engine/probes/run.ts [table …]
 *
 * A table is any module here (other than probe.ts, score.ts, run.ts and tests) exporting
 * arrays of probes. DALIL_PACK points at another pack.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPack } from '../../cli/pack';
import { loadTagger } from '../../cli/tagger';
import { annotate } from '../annotate';
import { Lexicon } from '../propose/lexicon';
import type { Probe } from './probe';
import { type ProbeResult, scoreProbe, tally } from './score';

const here = path.dirname(fileURLToPath(import.meta.url));
const NOT_TABLES = new Set(['probe.ts', 'score.ts', 'run.ts']);

async function tables(only: string[]): Promise<Array<[string, Probe[]]>> {
  const files = readdirSync(here).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_TABLES.has(f),
  );
  const out: Array<[string, Probe[]]> = [];
  for (const file of files.sort()) {
    const name = file.replace(/\.ts$/, '');
    if (only.length && !only.includes(name)) continue;
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as Record<string, unknown>;
    const probes = Object.values(mod).filter(Array.isArray).flat() as Probe[];
    out.push([name, probes]);
  }
  return out;
}

const pct = (n: number, d: number): string => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '0.0'}%)`;

function report(name: string, results: ProbeResult[]): void {
  const n = results.length;
  const count = (f: (r: ProbeResult) => boolean) => results.filter(f).length;
  console.log(`\n${name}: ${n} sentences`);
  console.log(
    `  right type:              ${pct(
      count((r) => r.kindOk),
      n,
    )}`,
  );
  console.log(
    `  right type and English:  ${pct(
      count((r) => r.enOk),
      n,
    )}`,
  );
  console.log(
    `  exact span:              ${pct(
      count((r) => r.spanOk),
      n,
    )}`,
  );
  const gaps = results.filter((r) => r.probe.engineGap);
  if (gaps.length)
    console.log(
      `  marked engine gaps:      ${gaps.length} (of them right now: ${count((r) => !!r.probe.engineGap && r.enOk)})`,
    );
  for (const r of results.filter((x) => !(x.enOk && x.spanOk))) {
    const got = r.found ? `${r.found.type} «${r.found.text}» → ${r.found.name_en}` : 'nothing';
    const want = typeof r.probe.en === 'string' ? r.probe.en : r.probe.en.join(' | ');
    console.log(`  miss: «${r.probe.name}» want ${r.probe.kind} ${want}; got ${got}`);
  }
}

const lexicon = Lexicon.fromPack(loadPack());
const tagger = loadTagger();
const all: ProbeResult[] = [];
for (const [name, probes] of await tables(process.argv.slice(2))) {
  const results = probes.map((p) => scoreProbe(p, (text) => annotate(text, lexicon, { tagger }).entities));
  report(name, results);
  all.push(...results);
}
console.log('\nexact span, type and English, by type:');
for (const [kind, t] of Object.entries(tally(all)))
  console.log(`  ${kind.padEnd(13)} ${pct(t.right, t.total)}`);
