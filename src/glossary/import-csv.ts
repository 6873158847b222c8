/**
 * Reads a CSV glossary (Dalil's own export, or a spreadsheet of the reader's) through a
 * column mapping the page previews. Parsed in slices with papaparse, yielding between
 * slices, so 100,000 rows never freeze the page.
 */
import Papa from 'papaparse';
import type { SavedTerm } from './db';
import { CSV_COLUMNS, restoreCell } from './export';
import { breathe, type ParsedImport, type Problem, ProblemList, type Progress } from './import';
import { cleanTags, termKey } from './terms';

/** Columns written for people, derived from the others: never read back. */
const DERIVED = ['admin_path', 'kind_label', 'country_name'] as const;
type Derived = (typeof DERIVED)[number];

/**
 * The fields a CSV column may fill (`arabic` is required): every column Dalil exports
 * except the admin path, which comes from the glossary entry, not from the file, and the
 * readable labels of kind and country.
 */
export const CSV_FIELDS = CSV_COLUMNS.filter(
  (column): column is Exclude<(typeof CSV_COLUMNS)[number], Derived> =>
    !(DERIVED as readonly string[]).includes(column),
);
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column index for each field, or -1 when the file has no such column. */
export type ColumnMapping = Record<CsvField, number>;

const ALIASES: Record<CsvField, string[]> = {
  arabic: ['arabic', 'ar', 'arabic name', 'name ar', 'term', 'عربي', 'العربية', 'الاسم', 'الاسم بالعربية'],
  english: ['english', 'en', 'english name', 'name en', 'translation', 'إنجليزي', 'الإنجليزية'],
  type: ['type', 'النوع'],
  kind: ['kind', 'category', 'الصنف'],
  country: ['country', 'country code', 'البلد', 'الدولة'],
  status: ['status', 'learning status', 'الحالة'],
  tags: ['tags', 'tag', 'labels', 'الوسوم'],
  note: ['note', 'notes', 'comment', 'ملاحظة', 'ملاحظات'],
  context: ['context', 'sentence', 'example', 'السياق', 'الجملة'],
  page_title: ['page title', 'title', 'source title', 'عنوان الصفحة'],
  page_url: ['page url', 'url', 'link', 'source', 'الرابط'],
  first_seen: ['first seen', 'added', 'created'],
  last_seen: ['last seen', 'date', 'seen'],
  times_seen: ['times seen', 'count', 'seen count'],
  entry_id: ['entry id', 'id', 'glossary id'],
};

const simplify = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** The mapping a header suggests: each field to the first column with a known name. */
export function guessMapping(header: string[]): ColumnMapping {
  const simple = header.map(simplify);
  const mapping = {} as ColumnMapping;
  for (const field of CSV_FIELDS) {
    mapping[field] = simple.findIndex((name) => ALIASES[field].includes(name));
  }
  return mapping;
}

export interface CsvPreview {
  header: string[];
  /** The first few records after the header. */
  sample: string[][];
  mapping: ColumnMapping;
}

/** The header and first records, to show the mapping before anything is read in full. */
export function previewCsv(text: string, rows = 5): CsvPreview {
  const result = Papa.parse<string[]>(text, { preview: rows + 1, skipEmptyLines: 'greedy' });
  const [header = [], ...sample] = result.data;
  return { header, sample, mapping: guessMapping(header) };
}

const TYPE_WORDS: Record<string, SavedTerm['type']> = {
  place: 'place',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  person: 'person',
  مكان: 'place',
  منظمة: 'organization',
  شخص: 'person',
};
const STATUSES = new Set(['new', 'learning', 'known']);

function parseTime(value: string): number | undefined | 'bad' {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? 'bad' : time;
}

const LIMITS: Partial<Record<CsvField, number>> = {
  arabic: 200,
  english: 200,
  kind: 60,
  note: 5000,
  context: 2000,
  page_title: 1000,
  page_url: 4000,
  entry_id: 200,
};

/** One CSV record as a term, or the problems that stop it. */
export function termFromRecord(
  record: string[],
  mapping: ColumnMapping,
  row: number,
  now: number,
): { term?: SavedTerm; problems: Problem[] } {
  const problems: Problem[] = [];
  const get = (field: CsvField) =>
    mapping[field] >= 0 ? restoreCell(record[mapping[field]] ?? '').trim() : '';
  for (const [field, max] of Object.entries(LIMITS) as Array<[CsvField, number]>) {
    if (get(field).length > max) problems.push({ row, field, message: `is longer than ${max} characters` });
  }
  const ar = get('arabic');
  if (!ar) problems.push({ row, field: 'arabic', message: 'is empty' });
  const typeWord = get('type').toLowerCase();
  const type = typeWord ? TYPE_WORDS[typeWord] : 'place';
  if (!type)
    problems.push({ row, field: 'type', message: `“${get('type')}” is not place, organization or person` });
  const status = get('status').toLowerCase() || 'new';
  if (!STATUSES.has(status)) {
    problems.push({ row, field: 'status', message: `“${get('status')}” is not new, learning or known` });
  }
  const country = get('country').toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) {
    problems.push({ row, field: 'country', message: `“${get('country')}” is not a two-letter country code` });
  }
  const times: Record<string, number | undefined> = {};
  for (const field of ['first_seen', 'last_seen'] as const) {
    const time = parseTime(get(field));
    if (time === 'bad') problems.push({ row, field, message: `“${get(field)}” is not a date` });
    else times[field] = time;
  }
  const countText = get('times_seen');
  const count = countText ? Number(countText) : undefined;
  if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
    problems.push({ row, field: 'times_seen', message: `“${countText}” is not a whole number` });
  }
  if (problems.length) return { problems };

  const lastSeen = times.last_seen ?? times.first_seen ?? now;
  const firstSeen = times.first_seen ?? lastSeen;
  const sentence = get('context');
  const url = get('page_url');
  const entryId = get('entry_id') || undefined;
  const term: SavedTerm = {
    key: termKey({ entryId, ar }),
    ar,
    en: get('english'),
    type: type as SavedTerm['type'],
    note: get('note'),
    tags: cleanTags(get('tags').split(/[;،]/)),
    status: status as SavedTerm['status'],
    contexts: sentence || url ? [{ sentence, url, title: get('page_title'), seenAt: lastSeen }] : [],
    firstSeen,
    lastSeen,
    timesSeen: count ?? 1,
    updatedAt: lastSeen,
    searchKeys: [],
  };
  if (entryId) term.entryId = entryId;
  if (get('kind')) term.kind = get('kind');
  if (country) term.country = country;
  return { term, problems };
}

const SLICE_CHARS = 512 * 1024;

/**
 * Cuts CSV text into slices that end on a record boundary: a line feed outside quotes
 * (an even number of quote characters since the slice began; "" escapes keep parity).
 */
export function* csvSlices(text: string, size = SLICE_CHARS): Generator<[start: number, slice: string]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      let quotes = 0;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 34) quotes++;
      while (end < text.length) {
        const code = text.charCodeAt(end++);
        if (code === 34) quotes++;
        else if (code === 10 && quotes % 2 === 0) break;
      }
    }
    yield [start, text.slice(start, end)];
    start = end;
  }
}

/** Reads every record after the header through the mapping, a slice at a time. */
export async function parseCsvImport(
  text: string,
  mapping: ColumnMapping,
  onProgress: Progress = () => {},
  now = Date.now(),
): Promise<ParsedImport> {
  const problems = new ProblemList();
  const terms: SavedTerm[] = [];
  if (mapping.arabic < 0) {
    problems.add({ field: 'arabic', message: 'no column is mapped to the Arabic name' });
    return { terms, problems: problems.list, problemCount: problems.count, rows: 0 };
  }
  let row = -1; // the header is record 0
  for (const [start, slice] of csvSlices(text)) {
    const results = Papa.parse<string[]>(slice, { skipEmptyLines: 'greedy' });
    for (const error of results.errors) {
      problems.add({ row: row + 1 + (error.row ?? 0), message: `the CSV is malformed (${error.message})` });
    }
    for (const record of results.data) {
      row++;
      if (row === 0) continue;
      const parsed = termFromRecord(record, mapping, row, now);
      for (const problem of parsed.problems) problems.add(problem);
      if (parsed.term) terms.push(parsed.term);
    }
    onProgress(start + slice.length, text.length);
    await breathe();
  }
  return { terms, problems: problems.list, problemCount: problems.count, rows: Math.max(0, row) };
}
