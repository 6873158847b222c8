/**
 * The who's-who: people hand-curated in data/people/*.json (one file per region or
 * role, each `{ $comment, defaults, entries }`, like data/orgs). Every row is
 * validated; a bad row is skipped with a warning so one typo never breaks the build.
 *
 * Short forms that are everyday words or given names ("عباس", "علي", "الأسد") may not
 * be plain aliases: the engine would match them everywhere. They go in `weakAliases`,
 * which the lexicon does not index; a recogniser may accept them next to a title.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PackEntry } from '../../../src/common/pack.js';
import { COMMON_WORDS, GIVEN_NAMES, STOP_WORDS } from '../../../src/engine/knowledge/words.js';
import { nameKey } from '../../../src/engine/propose/lexicon.js';
import { stripArticle } from '../../../src/engine/read/clitics.js';
import { fold } from '../../../src/engine/read/normalize.js';
import { hasArabic } from '../arabic.js';

export const PERSON_KINDS = new Set([
  'head_of_state',
  'head_of_government',
  'monarch',
  'minister',
  'politician',
  'official',
  'diplomat',
  'spokesperson',
  'military',
  'militant',
  'cleric',
]);

/**
 * Single words that must not stand alone as a person's alias although no word list
 * holds them: given names of the region frequent in news, and family names borne by
 * many ("الحكيم", "بري" is also "land"). Folded and article-stripped, like the lists.
 */
const RISKY_SINGLE = new Set(
  `وليد نبيل سمير جورج ميشال ميشيل جون بشار حافظ رفيق سعد نجيب تمام فؤاد عون بري الأسد أسد الحكيم حكيم صدر الصدر
  سلام جميل جمال أمين رئيس ملك عبدالله عبد حمد تميم زايد قابوس هيثم طلال بدر نايف مقرن سعود تركي عزيز نوري حيدر
  عادل هادي صالح منصور بكر عمرو موسى غازي نعيم يحيى زياد رياض خليل ريما هاني مروان ناصر نصر قاسم عباس`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stripArticle(fold(w))),
);

/** Why `name` may not be a plain alias (undefined when it may). */
export function riskyAlias(name: string): string | undefined {
  const words = fold(name).split(' ').filter(Boolean);
  if (words.length !== 1) {
    // "محمد بن زايد" names one man in news; "ناصر المحمد" could be anyone.
    if (words.length < 3 && words.every((w) => GIVEN_NAMES.has(stripArticle(w))))
      return 'two given names only';
    return undefined;
  }
  const w = stripArticle(words[0] as string);
  if (w.length < 3) return 'shorter than three letters';
  if (GIVEN_NAMES.has(w)) return 'a given name';
  if (COMMON_WORDS.has(w) || STOP_WORDS.has(words[0] as string)) return 'an everyday word';
  if (RISKY_SINGLE.has(w)) return 'a common name or word';
  return undefined;
}

/** The lexicon's key of a name: what the engine matches on. */
export const personNameKey = (name: string): string => nameKey(name)?.key ?? fold(name);

/**
 * Titles news puts before a name (الشيخ، الأمير، آية الله …): not part of the name, so a
 * name form that is only a title plus another listed form is redundant and would stretch
 * the highlight over the title. Folded, longest first.
 */
const TITLES = [
  'خادم الحرمين الشريفين',
  'اية الله العظمي',
  'الامام الاكبر',
  'الرئيس الراحل',
  'الفريق اول',
  'ولي العهد',
  'شيخ الازهر',
  'اية الله',
  'الشيخ',
  'الامير',
  'الاميره',
  'الملك',
  'الملكه',
  'السلطان',
  'السيد',
  'السيده',
  'العماد',
  'اللواء',
  'الفريق',
  'العقيد',
  'العميد',
  'المشير',
  'الحاج',
  'الامام',
  'المرجع',
  'الرئيس',
  'العاهل',
  'الدكتور',
].map(fold);

/** The name without its leading titles, folded ("الشيخ حكمت الهجري" → "حكمت الهجري"). */
export function withoutTitles(name: string): string {
  let rest = fold(name).trim();
  for (let again = true; again; ) {
    again = false;
    for (const t of TITLES)
      if (rest.startsWith(`${t} `)) {
        rest = rest.slice(t.length + 1);
        again = true;
      }
  }
  return rest;
}

/** A form of the person's names that is another of them behind a title, if any. */
function titledDuplicate(names: string[]): string | undefined {
  const keys = new Set(names.map((n) => personNameKey(n)));
  return names.find((n) => {
    const bare = withoutTitles(n);
    return bare !== fold(n).trim() && keys.has(personNameKey(bare));
  });
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isYear = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2030;
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

const KNOWN = new Set([
  'id',
  'type',
  'kind',
  'ar',
  'en',
  'aliases',
  'weakAliases',
  'country',
  'roles',
  'rank',
  'desc',
  'wikidata',
  'src',
]);

function roleProblem(r: unknown): string | undefined {
  if (typeof r !== 'object' || r === null) return 'a role must be an object';
  const role = r as Record<string, unknown>;
  if (!isStr(role.en)) return 'a role needs its English';
  if (role.ar !== undefined && !(isStr(role.ar) && hasArabic(role.ar))) return 'role ar must be Arabic';
  if (role.from !== undefined && !isYear(role.from)) return 'role from must be a year';
  if (role.to !== undefined && !isYear(role.to)) return 'role to must be a year';
  if (isYear(role.from) && isYear(role.to) && role.to < role.from) return 'role ends before it starts';
  const extra = Object.keys(role).find((k) => !['en', 'ar', 'from', 'to'].includes(k));
  return extra ? `unknown role field "${extra}"` : undefined;
}

/** Why a row is not a valid person entry, or undefined if it is. */
export function validatePerson(row: unknown, sourceKeys: ReadonlySet<string>): string | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'not an object';
  const r = row as Record<string, unknown>;
  if (!isStr(r.id) || !/^per:(Q\d+|[a-z0-9]+(-[a-z0-9]+)*)$/.test(r.id))
    return 'id must be "per:<slug>" or "per:Q<number>"';
  if (r.type !== 'person') return 'type must be "person"';
  if (!isStr(r.kind) || !PERSON_KINDS.has(r.kind))
    return `kind must be one of ${[...PERSON_KINDS].join(', ')}`;
  if (!isStr(r.ar) || !hasArabic(r.ar)) return 'ar missing';
  if (!isStr(r.en)) return 'en missing';
  if (hasArabic(r.en)) return 'en must be Latin script';
  if (typeof r.rank !== 'number' || !Number.isFinite(r.rank)) return 'rank must be a number';
  if (!isStrArray(r.src) || r.src.length === 0) return 'src must be a non-empty string array';
  const unknownSrc = r.src.find((s) => !sourceKeys.has(s));
  if (unknownSrc) return `src "${unknownSrc}" has no attribution`;
  for (const k of ['aliases', 'weakAliases'] as const)
    if (r[k] !== undefined && !(isStrArray(r[k]) && r[k].every(hasArabic)))
      return `${k} must be Arabic strings`;
  // A full name made only of given names ("محمود عباس") is still the person's name;
  // a one-word name that is an everyday word is not.
  const ar = r.ar.trim().includes(' ') ? undefined : riskyAlias(r.ar);
  if (ar) return `ar "${r.ar}" is ${ar}`;
  for (const a of (r.aliases as string[] | undefined) ?? []) {
    const why = riskyAlias(a);
    if (why) return `alias "${a}" is ${why}: put it in weakAliases`;
  }
  const titled = titledDuplicate([r.ar, ...((r.aliases as string[] | undefined) ?? [])]);
  if (titled) return `"${titled}" is another of its names behind a title: leave the title out`;
  if (r.country !== undefined && !(isStr(r.country) && /^[A-Z]{2}$/.test(r.country)))
    return 'country must be ISO alpha-2';
  if (r.wikidata !== undefined && !(isStr(r.wikidata) && /^Q\d+$/.test(r.wikidata)))
    return 'wikidata must be a QID';
  if (r.desc !== undefined && !isStr(r.desc)) return 'desc must be a string';
  if (r.roles !== undefined) {
    if (!Array.isArray(r.roles)) return 'roles must be an array';
    for (const role of r.roles) {
      const why = roleProblem(role);
      if (why) return why;
    }
  }
  const extra = Object.keys(r).find((k) => !KNOWN.has(k));
  if (extra) return `unknown field "${extra}"`;
  return undefined;
}

interface PeopleFile {
  defaults?: Partial<PackEntry>;
  entries: Array<Partial<PackEntry>>;
}

/**
 * The curated people of `dir`, validated. A name (ar or alias) claimed by two people is
 * kept by the higher-ranked one only, so one spelling never names two people.
 */
export function loadCuratedPeople(
  dir: string,
  sourceKeys: ReadonlySet<string>,
  warn: (msg: string) => void,
): PackEntry[] {
  if (!existsSync(dir)) {
    warn(`people: ${dir} not found, no curated people`);
    return [];
  }
  const out: PackEntry[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let data: PeopleFile;
    try {
      data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as PeopleFile;
    } catch (e) {
      warn(`people: ${file} is not valid JSON (${(e as Error).message}); skipped`);
      continue;
    }
    if (!Array.isArray(data.entries)) {
      warn(`people: ${file} has no entries array; skipped`);
      continue;
    }
    data.entries.forEach((row, i) => {
      const e = { type: 'person', ...data.defaults, ...row } as PackEntry;
      const why = validatePerson(e, sourceKeys);
      if (why) warn(`people: ${file} row ${i} (${String(e.id)}) skipped: ${why}`);
      else if (seen.has(e.id)) warn(`people: ${file} row ${i} duplicate id ${e.id}; skipped`);
      else {
        seen.add(e.id);
        out.push(e);
      }
    });
  }
  return dropSharedNames(out, warn);
}

/** Keeps each name key on the highest-ranked person only (ties: the first listed). */
export function dropSharedNames(people: PackEntry[], warn: (msg: string) => void): PackEntry[] {
  const owner = new Map<string, PackEntry>();
  const byRank = [...people].sort((a, b) => b.rank - a.rank);
  for (const p of byRank)
    for (const n of [p.ar, ...(p.aliases ?? [])]) {
      const k = personNameKey(n);
      if (!owner.has(k)) owner.set(k, p);
    }
  for (const p of people) {
    if (!p.aliases) continue;
    const kept = p.aliases.filter((a) => {
      const o = owner.get(personNameKey(a));
      if (o === p) return true;
      warn(`people: alias "${a}" of ${p.id} is also a name of ${o?.id}; kept on ${o?.id} only`);
      return false;
    });
    if (kept.length > 0) p.aliases = kept;
    else delete p.aliases;
  }
  return people;
}
