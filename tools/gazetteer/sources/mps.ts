/**
 * Members of Arab parliaments from ../shared/data/people/people.csv (an EveryPolitician
 * extract, frozen 2015–2019; see its README). Only rows whose fields come from Wikidata
 * (CC0) or are bare facts of membership are shipped: a row needs a Wikidata QID, an
 * English name and EveryPolitician's own membership evidence. Rows listed only through
 * Wikipedia categories (`wikidata_source_only`: Sadat under Syria, ministers under Oman)
 * and Iran's Persian spellings are left out. Names of one word are not indexed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PackEntry, PersonRole } from '../../../src/common/pack.js';
import { fold } from '../../../src/engine/read/normalize.js';
import { cleanArabic, hasArabic } from '../arabic.js';
import { type CsvRow, multi, parseCsv } from './csv.js';
import { riskyAlias } from './people.js';

const MP_RANK = 20;

/** The years a `terms` field spans ("2009-2013|2018-" → 2009 and, when all closed, 2013). */
export function termYears(terms: string): Pick<PersonRole, 'from' | 'to'> {
  const spans = multi(terms).map((t) => t.split('-').map((y) => Number.parseInt(y, 10)));
  const starts = spans.map((s) => s[0]).filter((y): y is number => Number.isInteger(y));
  const ends = spans.map((s) => s[1]);
  const out: Pick<PersonRole, 'from' | 'to'> = {};
  if (starts.length) out.from = Math.min(...starts);
  if (ends.length && ends.every((y) => Number.isInteger(y))) out.to = Math.max(...(ends as number[]));
  return out;
}

/** One shipped entry for a CSV row, or why the row is left out. */
export function mpEntry(row: CsvRow): PackEntry | string {
  const qid = row.wikidata_id ?? '';
  if (!/^Q\d+$/.test(qid)) return 'no QID';
  if (!row.name_en?.trim()) return 'no English name';
  if (!/^ep_(term_membership|reconciliation)/.test(row.evidence ?? '')) return 'not an EP membership';
  if (row.country === 'IR' || !/^[A-Z]{2}$/.test(row.country ?? '')) return 'not an Arab legislature';
  const names = [row.name_ar ?? '', ...multi(row.ar_variants)]
    .map((n) => cleanArabic(n))
    .filter((n) => hasArabic(n) && n.split(' ').length >= 2 && !riskyAlias(n));
  const unique = [...new Map(names.map((n) => [fold(n), n])).values()];
  const [ar, ...aliases] = unique;
  if (!ar) return 'no usable Arabic name of two words or more';
  const role: PersonRole = {
    en: row.role_en?.trim() || 'Member of parliament',
    ...termYears(row.terms ?? ''),
  };
  const entry: PackEntry = {
    id: `per:${qid}`,
    type: 'person',
    kind: 'politician',
    ar,
    en: row.name_en.trim(),
    country: row.country,
    roles: [role],
    rank: MP_RANK,
    wikidata: qid,
    src: ['everypolitician'],
  };
  if (aliases.length) entry.aliases = aliases;
  if (row.party_en?.trim() && row.party_en !== 'Independent') entry.desc = `Party: ${row.party_en.trim()}`;
  return entry;
}

export function loadMps(
  dataDir: string,
  warn: (msg: string) => void,
): { entries: PackEntry[]; skipped: Record<string, number> } {
  const file = path.join(dataDir, 'people', 'people.csv');
  const skipped: Record<string, number> = {};
  if (!existsSync(file)) {
    warn(`members of parliament: ${file} not found; skipped`);
    return { entries: [], skipped };
  }
  const entries: PackEntry[] = [];
  for (const row of parseCsv(readFileSync(file, 'utf8'))) {
    const e = mpEntry(row);
    if (typeof e === 'string') skipped[e] = (skipped[e] ?? 0) + 1;
    else entries.push(e);
  }
  return { entries, skipped };
}

/**
 * MPs merged under the curated people: a curated person with the same QID or the same
 * Arabic name wins (it has the current role and the news spelling) and the MP row is
 * dropped; a curated person of the same name and country without a QID takes the MP's.
 * Returns the MPs to add.
 */
export function mergeMps(curated: PackEntry[], mps: PackEntry[], key: (name: string) => string): PackEntry[] {
  const byName = new Map<string, PackEntry>();
  for (const p of curated) for (const n of [p.ar, ...(p.aliases ?? [])]) byName.set(key(n), p);
  for (const mp of mps) {
    const p = byName.get(key(mp.ar));
    if (p && !p.wikidata && p.country === mp.country) p.wikidata = mp.wikidata;
  }
  const qids = new Set(curated.map((p) => p.wikidata).filter(Boolean));
  const names = new Set(byName.keys());
  const taken = new Set<string>();
  const out: PackEntry[] = [];
  for (const mp of mps) {
    if (qids.has(mp.wikidata)) continue;
    const keys = [mp.ar, ...(mp.aliases ?? [])].map(key);
    if (keys.some((k) => names.has(k) || taken.has(k))) continue;
    for (const k of keys) taken.add(k);
    out.push(mp);
  }
  return out;
}
