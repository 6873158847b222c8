/**
 * Import: what every importer produces (terms and problems), the duplicate rule, and
 * the all-or-nothing write. A file with any problem changes nothing.
 *
 * Duplicate rule (stated in the preview): terms with the same key (the glossary entry,
 * or the Arabic name of your own term) are merged into one; the newer edit's English,
 * type, note and status win; tags and sentences are combined (the most recent sentences
 * kept); first seen is the earliest, last seen the latest, times seen the larger count.
 * Importing the same file twice therefore changes nothing the second time.
 */
import { type GlossaryDb, MAX_CONTEXTS, type SavedTerm, type SeenContext } from './db';
import { cleanTags, termSearchKeys, withoutUndefined } from './terms';

/** One thing wrong with an imported file: where (row or term number, field) and why. */
export interface Problem {
  /** 1-based: the CSV record after the header, or the JSON term's position. */
  row?: number;
  field?: string;
  message: string;
}

export interface ParsedImport {
  /** Terms read from the file, not yet merged with each other or the glossary. */
  terms: SavedTerm[];
  /** At most MAX_PROBLEMS problems; `problemCount` is the full count. */
  problems: Problem[];
  problemCount: number;
  rows: number;
}

export const MAX_PROBLEMS = 20;

export type Progress = (done: number, total: number) => void;

/** Collects problems, keeping the first few. */
export class ProblemList {
  readonly list: Problem[] = [];
  count = 0;
  add(problem: Problem): void {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }
}

export function describeProblem(problem: Problem, unit = 'row'): string {
  const where = [
    problem.row !== undefined ? `${unit} ${problem.row}` : '',
    problem.field ? `field “${problem.field}”` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** Lets the page paint between slices of a long job. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function mergeContexts(a: SeenContext[], b: SeenContext[]): SeenContext[] {
  const seen = new Set<string>();
  const all: SeenContext[] = [];
  for (const context of [...a, ...b]) {
    const id = `${context.url}\n${context.sentence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    all.push(context);
  }
  return all.sort((x, y) => y.seenAt - x.seenAt).slice(0, MAX_CONTEXTS);
}

/** The duplicate rule, for two versions of the same term (same key). */
export function mergeTerms(current: SavedTerm, incoming: SavedTerm): SavedTerm {
  const newer = incoming.updatedAt > current.updatedAt ? incoming : current;
  return {
    ...newer,
    key: current.key,
    tags: cleanTags([...current.tags, ...incoming.tags]),
    contexts: mergeContexts(current.contexts, incoming.contexts),
    firstSeen: Math.min(current.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(current.lastSeen, incoming.lastSeen),
    timesSeen: Math.max(current.timesSeen, incoming.timesSeen),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
  };
}

/** Merges duplicates inside one file, keeping the order of first appearance. */
export function dedupe(terms: SavedTerm[]): SavedTerm[] {
  const byKey = new Map<string, SavedTerm>();
  for (const term of terms) {
    const before = byKey.get(term.key);
    byKey.set(term.key, before ? mergeTerms(before, term) : term);
  }
  return [...byKey.values()];
}

export interface ImportPlan {
  rows: number;
  /** Distinct terms in the file. */
  terms: SavedTerm[];
  duplicatesInFile: number;
  added: number;
  merged: number;
}

/** What an import would do, for the preview. Reads only. */
export async function planImport(db: GlossaryDb, parsed: ParsedImport): Promise<ImportPlan> {
  const terms = dedupe(parsed.terms);
  const existing = new Set(await db.terms.toCollection().primaryKeys());
  const merged = terms.filter((term) => existing.has(term.key)).length;
  return {
    rows: parsed.rows,
    terms,
    duplicatesInFile: parsed.terms.length - terms.length,
    added: terms.length - merged,
    merged,
  };
}

const WRITE_BATCH = 2000;

/**
 * Writes a planned import in one transaction: each term merged with the stored one by the
 * duplicate rule, completed from its glossary entry (kind, country, admin path) where the
 * file lacks them, and made searchable. Any failure rolls everything back.
 */
export async function applyImport(
  db: GlossaryDb,
  terms: SavedTerm[],
  onProgress: Progress = () => {},
): Promise<number> {
  await db.transaction('rw', db.terms, db.entries, async () => {
    for (let from = 0; from < terms.length; from += WRITE_BATCH) {
      const batch = terms.slice(from, from + WRITE_BATCH);
      const stored = await db.terms.bulkGet(batch.map((term) => term.key));
      const entryIds = batch.map((term) => term.entryId ?? '');
      const entries = await db.entries.bulkGet(entryIds.map((id) => id || '\u0000'));
      const rows = batch.map((incoming, i) => {
        const term = stored[i] ? mergeTerms(stored[i], incoming) : { ...incoming };
        const entry = entries[i];
        if (entry) {
          term.kind ??= entry.kind;
          term.country ??= entry.country;
          term.path ??= entry.path;
        }
        term.searchKeys = termSearchKeys(term, entry);
        // An entry without a country leaves none: no field is stored as `undefined`.
        return withoutUndefined(term);
      });
      await db.terms.bulkPut(rows);
      onProgress(Math.min(terms.length, from + WRITE_BATCH), terms.length);
    }
  });
  return terms.length;
}
