/**
 * Organisation entries written by hand in data/organizations.json (a JSON array of
 * PackEntry-shaped objects with type "organization"). Each row is validated; a bad
 * row is skipped with a warning, so a partial file never breaks the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AdminLevel, PackEntry } from '../../src/common/pack.js';

const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isPath = (v: unknown): v is AdminLevel[] =>
  Array.isArray(v) &&
  v.every((l) => Array.isArray(l) && l.length === 2 && l.every((x) => typeof x === 'string'));

const KNOWN = new Set([
  'id',
  'type',
  'kind',
  'ar',
  'en',
  'aliases',
  'country',
  'path',
  'lat',
  'lon',
  'pop',
  'rank',
  'desc',
  'acronym',
  'wikidata',
  'geonames',
  'src',
]);

/** Why a row is not a valid organisation entry, or undefined if it is. */
export function validateOrganization(row: unknown, sourceKeys: ReadonlySet<string>): string | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'not an object';
  const r = row as Record<string, unknown>;
  if (!isStr(r.id) || !r.id.startsWith('org:')) return 'id must be a string starting with "org:"';
  if (r.type !== 'organization') return 'type must be "organization"';
  if (!isStr(r.kind)) return 'kind missing';
  if (!isStr(r.ar)) return 'ar missing';
  if (!isStr(r.en)) return 'en missing';
  if (!isNum(r.rank)) return 'rank must be a number';
  if (!isStrArray(r.src) || r.src.length === 0) return 'src must be a non-empty string array';
  const unknownSrc = r.src.find((s) => !sourceKeys.has(s));
  if (unknownSrc) return `src "${unknownSrc}" has no attribution`;
  if (r.aliases !== undefined && !isStrArray(r.aliases)) return 'aliases must be a string array';
  if (r.country !== undefined && !(isStr(r.country) && /^[A-Z]{2}$/.test(r.country)))
    return 'country must be ISO alpha-2';
  if (r.path !== undefined && !isPath(r.path)) return 'path must be [ar, en] pairs';
  for (const k of ['lat', 'lon', 'pop', 'geonames'] as const)
    if (r[k] !== undefined && !isNum(r[k])) return `${k} must be a number`;
  for (const k of ['desc', 'wikidata', 'acronym'] as const)
    if (r[k] !== undefined && !isStr(r[k])) return `${k} must be a string`;
  const extra = Object.keys(r).find((k) => !KNOWN.has(k));
  if (extra) return `unknown field "${extra}"`;
  return undefined;
}

export function loadOrganizations(
  file: string,
  sourceKeys: ReadonlySet<string>,
  warn: (msg: string) => void,
): PackEntry[] {
  if (!existsSync(file)) {
    warn(`organisations: ${file} not found, building places only`);
    return [];
  }
  let rows: unknown;
  try {
    rows = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    warn(`organisations: ${file} is not valid JSON (${(e as Error).message}); skipped`);
    return [];
  }
  if (!Array.isArray(rows)) {
    warn('organisations: the file is not a JSON array; skipped');
    return [];
  }
  const out: PackEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const why = validateOrganization(row, sourceKeys);
    const id = (row as { id?: unknown })?.id;
    const e = row as PackEntry;
    if (why) warn(`organisations: row ${i} (${String(id)}) skipped: ${why}`);
    else if (seen.has(e.id)) warn(`organisations: row ${i} duplicate id ${e.id}; skipped`);
    else {
      seen.add(e.id);
      out.push(e);
    }
  });
  return out;
}
