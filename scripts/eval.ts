/**
 * Development evaluation against ../shared/fixtures/corpus-dev (DALIL_SHARED overrides
 * ../shared). Entity scores are set-based per document, as the gold is: distinct
 * surface names (clitics excluded), compared after folding (diacritics, hamza forms).
 * A predicted organisation listed in other_orgs or generic_groups is a false positive
 * like any other. Detection is scored over every record. The previous engine
 * (eval/baseline.ts) is measured in the same run, then the NewsFANE cross-validation
 * (eval/cv.ts) and corpus-dev's own cross-validation of the scorer. The corpus-dev
 * figures first printed are in-sample: the scorer and the tagger train on it.
 * Usage: npx tsx scripts/eval.ts [--quiet] [--only ID] [--no-cv] [--fold K]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPack } from '../src/cli/pack';
import { loadTagger } from '../src/cli/tagger';
import type { Annotation } from '../src/engine/api';
import { annotate, fold, Lexicon } from '../src/engine/index';
import { baselineAnnotate } from './eval/baseline';
import { crossValidate, devCrossValidate } from './eval/cv';

interface Gold {
  places: string[];
  parties: string[];
  people: string[];
  generic_groups: string[];
  other_orgs?: string[];
}
interface Rec {
  id: string;
  language: string;
  text: string;
  expected: { is_arabic: boolean; is_political_news: boolean; is_arabic_political_news: boolean };
  gold?: Gold;
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const shared = process.env.DALIL_SHARED ?? resolve(process.cwd(), '../shared');
const dir = resolve(shared, 'fixtures/corpus-dev');

function read(file: string): Rec[] {
  return readFileSync(resolve(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Rec);
}

const key = (s: string): string => fold(s).replace(/\s+/g, ' ').trim();
const prf = (t: Tally): [number, number, number] => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
const fmt = (t: Tally): string => {
  const [p, r, f] = prf(t);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};

function score(pred: Set<string>, gold: Set<string>, t: Tally): { fp: string[]; fn: string[] } {
  const fp: string[] = [];
  const fn: string[] = [];
  for (const p of pred) {
    if (gold.has(p)) t.tp++;
    else {
      t.fp++;
      fp.push(p);
    }
  }
  for (const g of gold) {
    if (!pred.has(g)) {
      t.fn++;
      fn.push(g);
    }
  }
  return { fp, fn };
}

const t0 = performance.now();
const pack = loadPack();
const lex = Lexicon.fromPack(pack);
console.log(
  `pack ${pack.version}: ${pack.entries.length} entries, ${lex.size} names, lexicon built in ${(performance.now() - t0).toFixed(0)} ms (incl. load)`,
);

const tagger = loadTagger();
const previous = await baselineAnnotate();
const before = {
  place: { tp: 0, fp: 0, fn: 0 },
  org: { tp: 0, fp: 0, fn: 0 },
  person: { tp: 0, fp: 0, fn: 0 },
};

/** Set-based tallies of one annotation against one record's gold (people included). */
function tallies(a: Annotation, g: Gold, into: typeof before): void {
  const pred = { place: new Set<string>(), org: new Set<string>(), person: new Set<string>() };
  for (const e of a.entities) pred[e.type === 'organization' ? 'org' : e.type].add(key(e.text));
  score(pred.place, new Set(g.places.map(key)), into.place);
  score(pred.org, new Set(g.parties.map(key)), into.org);
  score(pred.person, new Set(g.people.map(key)), into.person);
}

const records = [...read('political.jsonl'), ...read('other.jsonl')].filter((r) => !only || r.id === only);
const total = {
  place: { tp: 0, fp: 0, fn: 0 },
  org: { tp: 0, fp: 0, fn: 0 },
  person: { tp: 0, fp: 0, fn: 0 },
};
const political = { place: { tp: 0, fp: 0, fn: 0 }, org: { tp: 0, fp: 0, fn: 0 } };
const det = { is_arabic: 0, is_political_news: 0, is_arabic_political_news: 0 };
const detMiss: string[] = [];

for (const r of records) {
  const a = annotate(r.text, lex, { tagger });
  const d = a.detection;
  const got = {
    is_arabic: d.isArabic,
    is_political_news: d.isPolitical,
    is_arabic_political_news: d.isArabic && d.isPolitical,
  };
  for (const k of Object.keys(det) as (keyof typeof det)[]) {
    if (got[k] === r.expected[k]) det[k]++;
    else detMiss.push(`${r.id}: ${k} expected ${r.expected[k]} (score ${d.score}; ${d.reasons.join('; ')})`);
  }
  if (!r.gold) continue;
  if (previous) tallies(previous(r.text, lex), r.gold, before);
  const pred = { place: new Set<string>(), org: new Set<string>(), person: new Set<string>() };
  const how = new Map<string, string>();
  for (const e of a.entities) {
    const k = key(e.text);
    pred[e.type === 'organization' ? 'org' : e.type].add(k);
    if (!how.has(k)) how.set(k, `${e.source[0]}${e.kind ? `:${e.kind}` : ''}`);
  }
  const g = r.gold;
  const gp = new Set(g.places.map(key));
  const go = new Set(g.parties.map(key));
  const gpe = new Set(g.people.map(key));
  const lines: string[] = [];
  const one = (label: string, p: Set<string>, gs: Set<string>, t: Tally, t2?: Tally): void => {
    const local: Tally = { tp: 0, fp: 0, fn: 0 };
    const { fp, fn } = score(p, gs, local);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      t[k] += local[k];
      if (t2) t2[k] += local[k];
    }
    lines.push(`  ${label.padEnd(7)} ${fmt(local)}`);
    if (fp.length) lines.push(`    FP: ${fp.map((x) => `${x} (${how.get(x)})`).join(' | ')}`);
    if (fn.length) lines.push(`    FN: ${fn.join(' | ')}`);
  };
  const isPol = r.expected.is_arabic_political_news;
  one('places', pred.place, gp, total.place, isPol ? political.place : undefined);
  one('orgs', pred.org, go, total.org, isPol ? political.org : undefined);
  one('people', pred.person, gpe, total.person);
  if (!quiet) console.log(`\n${r.id}\n${lines.join('\n')}`);
}

console.log('\n=== overall (all Arabic records with gold) ===');
console.log(`places  ${fmt(total.place)}`);
console.log(`orgs    ${fmt(total.org)}`);
console.log(`people  ${fmt(total.person)}`);
if (previous) {
  console.log('=== the previous engine, same run ===');
  console.log(`places  ${fmt(before.place)}`);
  console.log(`orgs    ${fmt(before.org)}`);
  console.log(`people  ${fmt(before.person)}`);
}
console.log('=== Arabic political news only ===');
console.log(`places  ${fmt(political.place)}`);
console.log(`orgs    ${fmt(political.org)}`);
console.log(`=== detection over ${records.length} records ===`);
for (const [k, v] of Object.entries(det))
  console.log(`${k.padEnd(26)} ${v}/${records.length} (${((100 * v) / records.length).toFixed(1)}%)`);
for (const m of detMiss) console.log(`  miss ${m}`);
if (!args.includes('--no-cv'))
  crossValidate(
    lex,
    previous,
    args.includes('--fold') ? Number(args[args.indexOf('--fold') + 1]) : undefined,
  );
if (!args.includes('--no-cv') && !args.includes('--fold')) devCrossValidate(lex);
