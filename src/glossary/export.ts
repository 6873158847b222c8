/**
 * Exports of saved terms. CSV is RFC 4180 with a UTF-8 BOM and CRLF so spreadsheet
 * programs open Arabic correctly; JSON is Dalil's versioned round-trip format;
 * TSV is ready for Anki's importer (front, back, tags).
 *
 * Page titles, sentences and URLs come from web pages, which may write anything: a CSV
 * cell a spreadsheet would run as a formula is neutralised, and Anki fields are escaped
 * HTML, so what a page wrote stays text wherever the file is opened.
 */
import Papa from 'papaparse';
import { normalize, toOriginal } from '../engine/read/normalize';
import type { SavedTerm } from './db';
import { foldArabic, stripArticle } from './search-keys';

export const EXPORT_FORMAT = 'dalil-glossary';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'arabic',
  'english',
  'type',
  'kind',
  'country',
  'admin_path',
  'status',
  'tags',
  'note',
  'context',
  'page_title',
  'page_url',
  'first_seen',
  'last_seen',
  'times_seen',
  'entry_id',
  'kind_label',
  'country_name',
] as const;

/** "rights_group" → "Rights group": the kind as a reader writes it. */
export function readableKind(term: Pick<SavedTerm, 'kind' | 'type'>): string {
  const words = (term.kind || term.type).replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

let regions: Intl.DisplayNames | undefined;

/** "SY" → "Syria" (English: the exports' labels are English, like their column names). */
export function readableCountry(code: string | undefined): string {
  if (!code) return '';
  regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return regions.of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows the shape of
  }
}

const iso = (time: number) => new Date(time).toISOString();

function adminPath(term: SavedTerm): string {
  return (term.path ?? []).map(([, en]) => en).join(', ');
}

function csvRow(term: SavedTerm): string[] {
  const latest = term.contexts[0];
  return [
    term.ar,
    term.en,
    term.type,
    term.kind ?? '',
    term.country ?? '',
    adminPath(term),
    term.status,
    term.tags.join('; '),
    term.note,
    latest?.sentence ?? '',
    latest?.title ?? '',
    latest?.url ?? '',
    iso(term.firstSeen),
    iso(term.lastSeen),
    String(term.timesSeen),
    term.entryId ?? '',
    readableKind(term),
    readableCountry(term.country),
  ];
}

/** What starts a formula in Excel, LibreOffice and Google Sheets (OWASP's "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading `'` makes spreadsheets read the cell as text; import-csv.ts takes it off again. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `neutraliseCell`. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function toCsv(terms: SavedTerm[]): string {
  const data = terms.map((term) => csvRow(term).map(neutraliseCell));
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' });
  return `${BOM}${body}\r\n`;
}

/** A term as the JSON format writes it: fixed field order, no derived search keys. */
export type ExportedTerm = Omit<SavedTerm, 'searchKeys'>;

export function exportedTerm(term: SavedTerm): ExportedTerm {
  const out: ExportedTerm = {
    key: term.key,
    ...(term.entryId !== undefined && { entryId: term.entryId }),
    ar: term.ar,
    en: term.en,
    type: term.type,
    ...(term.kind !== undefined && { kind: term.kind }),
    ...(term.country !== undefined && { country: term.country }),
    ...(term.path !== undefined && { path: term.path.map(([ar, en]) => [ar, en] as [string, string]) }),
    note: term.note,
    tags: [...term.tags],
    status: term.status,
    contexts: term.contexts.map(({ sentence, url, title, seenAt, auto }) => ({
      sentence,
      url,
      title,
      seenAt,
      ...(auto && { auto }),
    })),
    firstSeen: term.firstSeen,
    lastSeen: term.lastSeen,
    timesSeen: term.timesSeen,
    updatedAt: term.updatedAt,
  };
  return out;
}

export function toJson(terms: SavedTerm[], now = Date.now()): string {
  const terms_ = terms.map(exportedTerm);
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: iso(now), terms: terms_ }, null, 2)}\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Anki reads fields as HTML (even with `#html:false` it keeps tags it finds), so text is
 * escaped; it cannot take tabs or newlines inside a field; and a line starting with `#`
 * is a header to it, so a leading `#` is written as a character reference.
 */
export function ankiField(text: string): string {
  return text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] as string)
    .trim()
    .replace(/^#/, '&#35;');
}

/**
 * The sentence as an Anki field with the term in bold. The sentence has the name as the
 * page wrote it (diacritics, hamza, a clitic), so it is found in the folded text and
 * marked at its original offsets; a sentence without it is left unmarked.
 */
export function ankiSentence(sentence: string, ar: string): string {
  const folded = normalize(sentence);
  const name = foldArabic(ar);
  let at = name ? folded.text.indexOf(name) : -1;
  let length = name.length;
  const bare = stripArticle(name);
  if (at < 0 && bare !== name) {
    at = folded.text.indexOf(bare);
    length = bare.length;
  }
  if (at < 0) return ankiField(sentence);
  const [start, end] = toOriginal(folded, sentence, at, at + length);
  const text = (part: string) =>
    part.replace(/[\t\r\n]+/g, ' ').replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] as string);
  const marked = `${text(sentence.slice(0, start))}<b>${text(sentence.slice(start, end))}</b>${text(sentence.slice(end))}`;
  return marked.trim().replace(/^#/, '&#35;');
}

export const ANKI_DECK = 'Dalil';
export const ANKI_NOTETYPE = 'Basic';

export function toAnkiTsv(terms: SavedTerm[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    `#deck:${ANKI_DECK}`,
    `#notetype:${ANKI_NOTETYPE}`,
    '#columns:Arabic\tEnglish\tType\tContext\tNote\tTags',
    '#tags column:6',
  ];
  const rows = terms.map((term) =>
    [
      ankiField(term.ar),
      ankiField(term.en),
      ankiField(readableKind(term)),
      ankiSentence(term.contexts[0]?.sentence ?? '', term.ar),
      ankiField(term.note),
      ankiField(['dalil', term.type, ...term.tags].map((tag) => tag.replace(/\s+/g, '_')).join(' ')),
    ].join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}

export type ExportKind = 'csv' | 'json' | 'anki';

export function exportTerms(kind: ExportKind, terms: SavedTerm[], now = Date.now()): ExportFile {
  const stamp = iso(now).slice(0, 10);
  switch (kind) {
    case 'csv':
      return {
        filename: `dalil-glossary-${stamp}.csv`,
        mime: 'text/csv;charset=utf-8',
        content: toCsv(terms),
      };
    case 'json':
      return {
        filename: `dalil-glossary-${stamp}.json`,
        mime: 'application/json',
        content: toJson(terms, now),
      };
    case 'anki':
      return {
        filename: `dalil-anki-${stamp}.txt`,
        mime: 'text/tab-separated-values;charset=utf-8',
        content: toAnkiTsv(terms),
      };
  }
}
