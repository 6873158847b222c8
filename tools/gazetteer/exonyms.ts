/**
 * English as news writes it: the last word on a place's English name, applied to the
 * merged entries before their paths are built (so children's paths say "Cairo" too).
 *
 * The rule, in order (englishName.ts chooses step 3's name from the sources):
 *  1. the exonym table (data/exonyms.json): a place of that country whose display
 *     Arabic is listed takes the listed English (Raqqa, Kobani, Hodeidah); `ids`
 *     names single entries whose source names are wrong or stale;
 *  2. an admin unit named after its seat (same Arabic, same country) takes the
 *     English of that city or town, unless the unit has an authoritative English:
 *     WOF names governorates by a romanisation (Al Qahirah, Arbil, Adan) but their
 *     seats by the news spelling (Cairo, Erbil, Aden);
 *  3. otherwise the name chooseEnglish picked from the sources.
 * A replaced English name is kept in `enAliases`, so a search for it still finds the place.
 * Villages and neighbourhoods keep their own names: a village that shares a city's
 * Arabic name is another place.
 */
import { readFileSync } from 'node:fs';
import type { PackEntry } from '../../src/common/pack.js';
import { nameKey } from './arabic.js';
import { ADMIN_CLASSES } from './kinds.js';
import type { Merged } from './merge.js';

export interface ExonymTable {
  /** Country → display Arabic → English. */
  names: Record<string, Record<string, string>>;
  /** Entry id → English. */
  ids: Record<string, string>;
  /** Entry id → Arabic aliases to remove. */
  dropAliases: Record<string, string[]>;
}

export function readExonyms(file: string): ExonymTable {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<ExonymTable>;
  return { names: raw.names ?? {}, ids: raw.ids ?? {}, dropAliases: raw.dropAliases ?? {} };
}

const OWN_NAME_KINDS = new Set(['village', 'neighbourhood']);
const SEAT_KINDS = new Set(['city', 'town']);

function rename(e: PackEntry, en: string): boolean {
  if (e.en === en) return false;
  const old = new Set(e.enAliases ?? []);
  old.add(e.en);
  old.delete(en);
  e.en = en;
  e.enAliases = [...old];
  return true;
}

/** Apply the rule above to the merged places; returns how many entries were renamed. */
export function applyExonyms(merged: Merged[], table: ExonymTable): { table: number; seats: number } {
  const byCountry = new Map<string, Map<string, string>>();
  for (const [cc, names] of Object.entries(table.names)) {
    const m = new Map<string, string>();
    for (const [ar, en] of Object.entries(names)) m.set(nameKey(ar), en);
    byCountry.set(cc, m);
  }
  let fromTable = 0;
  for (const { entry: e } of merged) {
    const drop = table.dropAliases[e.id];
    if (drop && e.aliases) {
      const keys = new Set(drop.map(nameKey));
      e.aliases = e.aliases.filter((a) => !keys.has(nameKey(a)));
      if (e.aliases.length === 0) delete e.aliases;
    }
    const en =
      table.ids[e.id] ??
      (OWN_NAME_KINDS.has(e.kind) ? undefined : byCountry.get(e.country ?? '')?.get(nameKey(e.ar)));
    if (en && rename(e, en)) fromTable++;
  }

  // Seats: the most populous city or town of each (country, Arabic name).
  const seat = new Map<string, PackEntry>();
  for (const { entry: e } of merged) {
    if (!SEAT_KINDS.has(e.kind)) continue;
    const k = `${e.country}|${nameKey(e.ar)}`;
    const cur = seat.get(k);
    if (!cur || (e.pop ?? 0) > (cur.pop ?? 0)) seat.set(k, e);
  }
  let seats = 0;
  for (const m of merged) {
    const e = m.entry;
    if (!ADMIN_CLASSES.has(m.primary.cls) || e.kind === 'country') continue;
    if (table.ids[e.id] || m.members.some((r) => r.en.authoritative)) continue;
    if (byCountry.get(e.country ?? '')?.has(nameKey(e.ar))) continue;
    const s = seat.get(`${e.country}|${nameKey(e.ar)}`);
    if (s && rename(e, s.en)) seats++;
  }
  return { table: fromTable, seats };
}
