/**
 * Figure 7, in Chromium's real IndexedDB: the glossary code the options page runs
 * (src/glossary: installPack, queryEntries, matchTerms + filterTerms, exportTerms),
 * bundled by esbuild into a page the bench serves. Exposes `benchGlossary()`.
 */
import type { Pack } from '../../src/common/pack';
import { type GlossaryDb as Db, GlossaryDb, type SavedTerm } from '../../src/glossary/db';
import { type ExportKind, exportTerms } from '../../src/glossary/export';
import { installPack } from '../../src/glossary/pack-loader';
import { entryCountries, filterTerms, matchTerms, queryEntries, sortTerms } from '../../src/glossary/query';
import { termSearchKeys } from '../../src/glossary/terms';

export interface GlossaryResult {
  installMs: number;
  entries: number;
  terms: number;
  browse: number[];
  saved: number[];
  /** What had been typed at each keystroke (same order as `browse` and `saved`). */
  typed: string[];
  exports: Record<ExportKind, number[]>;
  sizes: Record<ExportKind, number>;
}

const SETTLE_MS = 2000;

/** What a reader types, one keystroke at a time (Arabic with and without the article, English). */
const TYPED = ['معرة النعمان', 'الرقة', 'حلب', 'هيئة تحرير', 'Idlib', 'Damascus'];

async function readPack(): Promise<Pack> {
  const response = await fetch('/pack.json.gz');
  const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text) as Pack;
}

function savedTerms(pack: Pack, count: number): SavedTerm[] {
  const step = Math.max(1, Math.floor(pack.entries.length / count));
  const out: SavedTerm[] = [];
  for (let i = 0; out.length < count && i < pack.entries.length; i += step) {
    const e = pack.entries[i];
    const seen = 1_600_000_000_000 + i * 60_000;
    out.push({
      key: e.id,
      entryId: e.id,
      ar: e.ar,
      en: e.en,
      type: e.type,
      kind: e.kind,
      country: e.country,
      path: e.path,
      note: i % 7 === 0 ? 'ملاحظة للمراجعة' : '',
      tags: i % 5 === 0 ? ['syria', 'reading'] : [],
      status: (['new', 'learning', 'known'] as const)[i % 3],
      contexts: [
        {
          sentence: `وقالت مصادر محلية إن ${e.ar} شهدت اشتباكات عنيفة.`,
          url: `https://news.example/${i}`,
          title: 'خبر',
          seenAt: seen,
        },
      ],
      firstSeen: seen,
      lastSeen: seen,
      timesSeen: 1 + (i % 4),
      updatedAt: seen,
      searchKeys: termSearchKeys({ ar: e.ar, en: e.en }, e),
    });
  }
  return out;
}

async function keystrokes(
  db: Db,
  terms: SavedTerm[],
): Promise<{ browse: number[]; saved: number[]; typed: string[] }> {
  const browse: number[] = [];
  const saved: number[] = [];
  const typed: string[] = [];
  const sorted = sortTerms(terms, 'recent');
  // What the glossary page does before anyone can type, untimed: the Browse tab lists the
  // pack's first page and loads the country filter (BrowseView), the saved view shows every
  // term (SavedView). The first keystroke is then, as for a reader, not the page's first query.
  await (await queryEntries(db, { text: '' })).read(0, 100);
  await entryCountries(db);
  filterTerms(sorted, { text: '' }, matchTerms(sorted, ''));
  for (const word of TYPED) {
    for (let n = 1; n <= word.length; n++) {
      const text = word.slice(0, n);
      if (!text.trim()) continue;
      typed.push(text);
      let started = performance.now();
      const result = await queryEntries(db, { text });
      await result.read(0, 50);
      browse.push(performance.now() - started);
      started = performance.now();
      // As SavedView does: the page holds every saved term and searches them in memory.
      const keys = matchTerms(sorted, text);
      filterTerms(sorted, { text }, keys);
      saved.push(performance.now() - started);
    }
  }
  return { browse, saved, typed };
}

/** The first install, timed, then the saved terms; the parsed pack is garbage on return. */
async function install(db: Db, termCount: number): Promise<{ installMs: number; terms: SavedTerm[] }> {
  const pack = await readPack();
  const started = performance.now();
  await installPack(db, pack);
  const installMs = performance.now() - started;
  const terms = savedTerms(pack, termCount);
  await db.terms.bulkPut(terms);
  return { installMs, terms };
}

async function benchGlossary(termCount: number, runs: number): Promise<GlossaryResult> {
  const db = new GlossaryDb(`dalil-bench-${Date.now()}`);
  // The glossary page never holds the pack (the worker installs it), so neither do the
  // keystrokes: with ~80,000 parsed entries alive every major GC would be far longer.
  const { installMs, terms } = await install(db, termCount);
  // Writing the pack and 10,000 terms leaves IndexedDB flushing and this page with garbage
  // to collect for a moment, which would land on the first keystrokes. For a reader the
  // install runs in the worker long before anyone types on the glossary page; the
  // keystrokes measure the queries, so they start once that has settled.
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  const { browse, saved, typed } = await keystrokes(db, terms);
  const exports = { csv: [], json: [], anki: [] } as Record<ExportKind, number[]>;
  const sizes = { csv: 0, json: 0, anki: 0 } as Record<ExportKind, number>;
  for (let i = 0; i < runs; i++) {
    for (const kind of ['csv', 'json', 'anki'] as ExportKind[]) {
      const started = performance.now();
      // As the glossary page does: read every saved term, then build the file.
      const all = sortTerms(await db.terms.toArray(), 'recent');
      const file = exportTerms(kind, all);
      const blob = new Blob([file.content], { type: file.mime });
      exports[kind].push(performance.now() - started);
      sizes[kind] = blob.size;
    }
  }
  const entries = await db.entries.count();
  db.close();
  await GlossaryDb.delete(db.name);
  return { installMs, entries, terms: terms.length, browse, saved, typed, exports, sizes };
}

(globalThis as { benchGlossary?: typeof benchGlossary }).benchGlossary = benchGlossary;
