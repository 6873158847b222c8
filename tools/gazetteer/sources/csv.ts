/** Read a gzip'd RFC 4180 CSV with a header row into string records. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';

export type CsvRow = Record<string, string>;

export function parseCsv(text: string): CsvRow[] {
  const res = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
  const fatal = res.errors.filter((e) => e.type !== 'FieldMismatch' || e.code !== 'TooFewFields');
  if (fatal.length > 0) {
    const e = fatal[0];
    throw new Error(`CSV parse error: ${e?.message} (row ${e?.row})`);
  }
  return res.data;
}

export function readCsvGz(file: string): CsvRow[] {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return parseCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** Split a `|`-joined multi-value field. */
export function multi(v: string | undefined): string[] {
  return v
    ? v
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** Parse an integer field; 0 and blanks become undefined. */
export function intOrUndef(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function floatOrUndef(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}
