/**
 * Gazetteer coverage of the development corpus and the demo article.
 *
 *   node scripts/run-ts.mjs tools/gazetteer/coverage.ts    (npm run gazetteer:coverage)
 *
 * For every place in the gold of ../shared/fixtures/corpus-dev/*.jsonl (Arabic
 * records, gold.places) and every place of the demo article (listed by hand below),
 * says whether a place entry's `ar` or an alias matches it after normalisation
 * (diacritics and tatweel stripped, أإآٱ→ا, ى→ي, ة→ه), with or without a leading ال.
 * Reads the built pack (pack/dalil-pack.json.gz or $DALIL_PACK_OUT). The corpus is
 * read at run time; none of its text is stored in the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Pack } from '../../src/common/pack.js';
import { normalizeArabic, stripArticle } from './arabic.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** Places of ../shared/fixtures/ar-idlib-truce.txt (معبر كفرلوسين is listed as كفرلوسين). */
export const DEMO_PLACES = [
  'إدلب',
  'أنقرة',
  'روسيا',
  'تركيا',
  'سوريا',
  'كفرلوسين',
  'معزراف',
  'جبل الزاوية',
  'الفطيرة',
  'كنصفرة',
  'سفوهن',
  'فليفل',
  'بينين',
  'السرمانية',
  'سهل الغاب',
  'حماة',
  'حزارين',
  'كفرنبل',
  'بليون',
];

/** The keys a name is looked up under: normalised, without ال, with ال. */
export function lookupKeys(name: string): string[] {
  const n = normalizeArabic(name);
  const bare = stripArticle(n);
  return [...new Set([n, bare, `ال${bare}`])];
}

export function buildIndex(pack: Pack): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of pack.entries) {
    if (e.type !== 'place') continue;
    for (const name of [e.ar, ...(e.aliases ?? [])]) {
      const n = normalizeArabic(name);
      for (const k of new Set([n, stripArticle(n)])) {
        const l = index.get(k);
        if (l) l.push(e.id);
        else index.set(k, [e.id]);
      }
    }
  }
  return index;
}

function sharedDir(): string {
  const env = process.env.DALIL_SHARED;
  if (!env) return path.resolve(repoRoot, '../shared');
  const abs = path.resolve(env);
  return existsSync(path.join(abs, 'fixtures')) ? abs : path.dirname(abs);
}

function main(): void {
  const packFile = process.env.DALIL_PACK_OUT ?? path.join(repoRoot, 'pack', 'dalil-pack.json.gz');
  const pack = JSON.parse(gunzipSync(readFileSync(packFile)).toString('utf8')) as Pack;
  const index = buildIndex(pack);
  const found = (name: string): boolean => lookupKeys(name).some((k) => index.has(k));

  const docs: Array<{ id: string; places: string[] }> = [];
  const corpusDir = path.join(sharedDir(), 'fixtures', 'corpus-dev');
  for (const f of readdirSync(corpusDir)
    .filter((x) => x.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(path.join(corpusDir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { id: string; language: string; gold?: { places?: string[] } };
      if (rec.language !== 'ar' || !rec.gold?.places?.length) continue;
      docs.push({ id: `${f.replace('.jsonl', '')}/${rec.id}`, places: rec.gold.places });
    }
  }
  docs.push({ id: 'demo/ar-idlib-truce', places: DEMO_PLACES });

  let total = 0;
  let hits = 0;
  const missingAll: string[] = [];
  console.log(`pack ${pack.version}: ${pack.entries.length} entries\n`);
  for (const d of docs) {
    const missing = d.places.filter((p) => !found(p));
    total += d.places.length;
    hits += d.places.length - missing.length;
    missingAll.push(...missing);
    const tail = missing.length ? `  missing: ${missing.join('، ')}` : '';
    console.log(`${d.id}: ${d.places.length - missing.length}/${d.places.length}${tail}`);
  }
  const corpus = docs.filter((d) => !d.id.startsWith('demo/'));
  const cTotal = corpus.reduce((n, d) => n + d.places.length, 0);
  const cHits = corpus.reduce((n, d) => n + d.places.filter(found).length, 0);
  const demoMissing = DEMO_PLACES.filter((p) => !found(p));
  console.log(`\ncorpus-dev: ${cHits}/${cTotal} (${((100 * cHits) / cTotal).toFixed(1)}%)`);
  console.log(`demo article: ${DEMO_PLACES.length - demoMissing.length}/${DEMO_PLACES.length}`);
  console.log(`total: ${hits}/${total} (${((100 * hits) / total).toFixed(1)}%)`);
}

main();
