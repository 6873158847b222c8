/**
 * Choosing between homonyms ("أم جلال" in Idlib and in Aleppo, "طرابلس" in Lebanon and
 * in Libya). The article's focus is computed from the places it names unambiguously:
 * their countries and the admin units on their paths. A candidate in the focus
 * governorate beats one in the focus country, which beats the higher rank elsewhere.
 */
import type { PackEntry } from '../common/pack';
import type { Posting } from './lexicon';
import { fold } from './normalize';

/** Admin unit names compare without the unit word and the article: "محافظة إدلب" = "إدلب". */
export function adminKey(ar: string): string {
  return fold(ar)
    .replace(/^(محافظه|منطقه|ناحيه|قضاء|مديريه|ولايه|لواء|مركز|اقليم|بلديه)\s+/, '')
    .replace(/^ال(?=..)/, '');
}

export interface Focus {
  countries: Map<string, number>;
  /** Admin unit names (Arabic, as in the paths, plus the names of governorates themselves). */
  admins: Map<string, number>;
  topCountry?: string;
}

const ADMIN_KINDS = new Set([
  'governorate',
  'province',
  'region',
  'district',
  'state',
  'county',
  'subdistrict',
]);

const bump = (m: Map<string, number>, k: string, n: number): void => {
  m.set(k, (m.get(k) ?? 0) + n);
};

export function computeFocus(unambiguous: PackEntry[]): Focus {
  const countries = new Map<string, number>();
  const admins = new Map<string, number>();
  for (const e of unambiguous) {
    if (e.country) countries.set(e.country, (countries.get(e.country) ?? 0) + 1);
    // Admin units below the country: the country level is what `countries` counts.
    for (const [ar] of (e.path ?? []).slice(0, -1)) bump(admins, adminKey(ar), 1);
    if (ADMIN_KINDS.has(e.kind)) bump(admins, adminKey(e.ar), 2);
  }
  let topCountry: string | undefined;
  let best = 0;
  for (const [c, n] of countries) {
    if (n > best) {
      best = n;
      topCountry = c;
    }
  }
  return { countries, admins, topCountry };
}

function score(e: PackEntry, f: Focus): number {
  let s = 0;
  for (const [ar] of e.path ?? []) s += Math.min(3, f.admins.get(adminKey(ar)) ?? 0) * 10;
  if (e.country && e.country === f.topCountry) s += 20;
  else if (e.country && f.countries.has(e.country)) s += 5;
  return s;
}

const SETTLEMENTS = new Set(['city', 'town', 'village']);
const SEAT_NAMED_UNITS = new Set(['district', 'subdistrict', 'county']);

const samePath = (a: PackEntry['path'], b: PackEntry['path']): boolean =>
  (a ?? []).map(([ar]) => adminKey(ar)).join('|') === (b ?? []).map(([ar]) => adminKey(ar)).join('|');

/**
 * A district or subdistrict named after its seat ("ناحية سراقب" around the town of
 * سراقب): a bare mention in the news means the town, so the unit steps aside when the
 * town is a candidate too (the town lies in the unit, or beside it in the same parent).
 */
function namedAfterItsSeat(unit: PackEntry, postings: Posting[]): boolean {
  if (!SEAT_NAMED_UNITS.has(unit.kind)) return false;
  const key = adminKey(unit.ar);
  return postings.some(
    ({ entry }) =>
      SETTLEMENTS.has(entry.kind) &&
      entry.country === unit.country &&
      adminKey(entry.ar) === key &&
      ((entry.path ?? []).some(([ar]) => adminKey(ar) === key) || samePath(entry.path, unit.path)),
  );
}

/** Best posting for the article: focus and rank together. */
export function choose(postings: Posting[], f: Focus): Posting | undefined {
  let best: Posting | undefined;
  let bestScore = -1;
  for (const p of postings) {
    if (namedAfterItsSeat(p.entry, postings)) continue;
    // Focus (up to ~110) and rank (0–100) on one scale: a village in the article's
    // governorate beats a same-name village elsewhere, but not a country.
    const sc = score(p.entry, f) + p.entry.rank;
    if (sc > bestScore) {
      bestScore = sc;
      best = p;
    }
  }
  return best;
}

/** Is the entry in a country the article names? */
export function inFocusCountry(e: PackEntry, f: Focus): boolean {
  return e.country !== undefined && f.countries.has(e.country);
}

/** Is the entry inside an admin unit (below the country) that the article names? */
export function inFocusAdmin(e: PackEntry, f: Focus): boolean {
  return (e.path ?? []).slice(0, -1).some(([ar]) => f.admins.has(adminKey(ar)));
}
