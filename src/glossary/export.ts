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
import type { SavedTerm } from './db';

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
] as const;

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
    .trim()
    .replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] as string)
    .replace(/^#/, '&#35;');
}

export function toAnkiTsv(terms: SavedTerm[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#columns:Arabic\tEnglish\tType\tContext\tNote\tTags',
    '#tags column:6',
  ];
  const rows = terms.map((term) =>
    [
      term.ar,
      term.en,
      term.kind ?? term.type,
      term.contexts[0]?.sentence ?? '',
      term.note,
      ['dalil', term.type, ...term.tags].map((tag) => tag.replace(/\s+/g, '_')).join(' '),
    ]
      .map(ankiField)
      .join('\t'),
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
