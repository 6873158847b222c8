/**
 * Organisations by head noun: "وزارة الدفاع التركية", "المرصد السوري لحقوق الإنسان",
 * "قوات سوريا الديمقراطية", تنظيم "الدولة الإسلامية". The name runs over the words after
 * the head while they read as a name (definite words, known places, construct chains
 * ending in one) and stops at the last such word. Generic groups are not
 * organisations: a plural head with only adjectives ("القوات التركية", "الفصائل
 * المسلحة") or with a possessor that is a regime, an army, a person or a place
 * ("قوات النظام", "جيش الاحتلال", "قوات حفتر", "قوات كييف").
 */

import { candidate, type Span } from '../decide/spans';
import {
  ADJECTIVES,
  FORCE_HEADS,
  GENERIC_POSSESSORS,
  GENERIC_WITH,
  GOVERNMENT_HEADS,
  INNER_GENERIC,
  NAME_CONNECTORS,
  NAME_ENDERS,
  NATIONALITIES,
  NEWS_TAILS,
  ORDINALS,
  ORG_HEADS,
  PLURAL_HEADS,
  STRONG_POSSESSORS,
} from '../knowledge/orgs';
import { PLURAL_TRIGGERS } from '../knowledge/triggers';
import { STOP_WORDS } from '../knowledge/words';
import { type Doc, defineWordFact, wordFact, wordFacts } from '../read/doc';
import { fold } from '../read/normalize';
import { words } from '../read/tokens';
import { bare, gapBefore } from './cues';

const NEWS_TAIL = defineWordFact((w: string): boolean => NEWS_TAILS.has(w));

function isDefinite(w: string): boolean {
  return w.length > 3 && (w.startsWith('ال') || w.startsWith('وال') || w.startsWith('لل'));
}

function core(w: string): string {
  let c = w.startsWith('ال') ? w.slice(2) : w;
  c = c.replace(/اا+/g, 'ا'); // "الأاسد" typed with a doubled alef
  return c;
}

interface Head {
  head: string;
  art: boolean;
  pre: number;
}

/** Head of token i: the folded head word without article, or undefined. Once per distinct word. */
function headAt(doc: Doc, i: number): Head | undefined {
  return wordFact(doc, HEAD, i) ?? undefined;
}

const HEAD = defineWordFact(headOf);

function headOf(w: string): Head | null {
  for (const [pre, p] of [
    [0, ''],
    [1, 'و'],
    [1, 'ب'],
    [1, 'ل'],
    [2, 'وب'],
    [2, 'ول'],
  ] as const) {
    if (p && !w.startsWith(p)) continue;
    let rest = w.slice(pre);
    // ل + ال is written لل: "لقوات", "للمرصد".
    let art = false;
    if (p.endsWith('ل') && rest.startsWith('ل') && ORG_HEADS.has(rest.slice(1))) {
      return { head: rest.slice(1), art: true, pre: pre + 1 };
    }
    if (rest.startsWith('ال')) {
      rest = rest.slice(2);
      art = true;
    }
    if (ORG_HEADS.has(rest)) return { head: rest, art, pre };
  }
  return null;
}

/** Is there a place (glossary) hit starting at token t? */
export type PlaceAt = (t: number) => number; // end token of the place, or 0

/**
 * After a definite word, another definite word continues the name only as an adjective
 * ("المرصد السوري", "الدعم السريع"); a definite noun there starts a new phrase — usually
 * the verb's object ("وثق المرصد السوري الهجوم").
 */
function isAdjective(w: string): boolean {
  return ADJECTIVES.has(w) || /(ي|يه)$/.test(w) || /^ال[^ا]{2}ي[^اويه]$/.test(w);
}

/**
 * Scan the name words after a head starting at token j; return the end (exclusive) or j.
 * Arabic construct chains decide the shape: an indefinite word may be followed by
 * anything (it is in construct: "مجلس شورى ثوار بنغازي"), a definite word only by
 * adjectives, a ل-genitive ("لحقوق الإنسان") or a coordinated noun ("والدفاع").
 */
function nameEnd(doc: Doc, j: number, placeAt: PlaceAt, max: number, headDefinite: boolean): number {
  let last = j; // end of the last anchor (definite word or place)
  let t = j;
  let prevDef = headDefinite;
  let indefRun = 0;
  let free = 0; // words still bound by a personal-name connector
  while (t < doc.toks.count && t - j < max) {
    if (t > 0 && !doc.toks.joined[t - 1]) break;
    const w = doc.strs[t] as string;
    const bareW = w[0] === 'و' ? w.slice(1) : w;
    const opsBeforePlace = w === 'عمليات' && placeAt(t + 1) > t + 1; // "قيادة عمليات الأنبار"
    if (
      (STOP_WORDS.has(w) && !opsBeforePlace) ||
      NAME_ENDERS.has(w) ||
      NAME_ENDERS.has(bareW) ||
      /[0-9a-z]/.test(w)
    )
      break;
    if (PLURAL_TRIGGERS.has(bareW)) break; // "قوات قرى …" is not a name
    const pl = placeAt(t);
    if (pl > t && t > j && w[0] === 'و') break; // a coordinated place starts a new phrase
    if (pl > t && !(prevDef && free === 0 && !isAdjective(w) && indefRun === 0 && t > j)) {
      t = pl;
      last = t;
      prevDef = true;
      indefRun = 0;
      continue;
    }
    if (free > 0) {
      free--;
      t++;
      if (isDefinite(w)) last = t;
      prevDef = false; // a surname may follow a compound first name ("عز الدين القسام")
      continue;
    }
    if (w.startsWith('وال')) {
      if (last === j || isAdjective(w.slice(1))) break;
      last = ++t;
      prevDef = true;
      continue;
    }
    if (isDefinite(w)) {
      if (prevDef && w.startsWith('ال') && !isAdjective(w)) break;
      last = ++t;
      prevDef = true;
      indefRun = 0;
      continue;
    }
    if (w[0] === 'و' || (/^(ب|ك|ف)/.test(w) && w.length > 4 && !NAME_CONNECTORS.has(w))) {
      // a conjunction or a ب/ك/ف preposition starts a new phrase
      if (w[0] === 'و' || !/^(بن|بدر)/.test(w)) break;
    }
    if (NAME_CONNECTORS.has(w)) {
      free = 1;
      t++;
      continue;
    }
    // An indefinite noun cannot follow a definite one inside a name, except a ل-genitive
    // that opens a definite phrase ("لحقوق الإنسان", not "لهجوم شنته").
    if (prevDef) {
      if (!w.startsWith('ل')) break;
      const next = doc.strs[t + 1] ?? '';
      if (!doc.toks.joined[t] || !(isDefinite(next) || placeAt(t + 1) > t + 1)) break;
    }
    if (++indefRun > 2) break;
    prevDef = false;
    t++;
  }
  return last;
}

/**
 * Is tokens [t0, t1) a generic group rather than a named organisation? Used for context
 * spans and for glossary names alike (a pack may list "قوات حفتر" as an alias).
 */
export function isGenericGroup(doc: Doc, t0: number, t1: number, placeAt: PlaceAt): boolean {
  const h = headAt(doc, t0);
  if (!h || t1 <= t0 + 1) return false;
  const first = doc.strs[t0 + 1] as string;
  const rest: string[] = [];
  for (let t = t0 + 2; t < t1; t++) rest.push(doc.strs[t] as string);
  const words = t1 - t0 - 1;
  // "القوات التركية", "الفصائل المسلحة": a plural head with the article and adjectives.
  if (h.art && PLURAL_HEADS.has(h.head)) return true;
  // "الحكومة الأردنية", "السلطات المصرية": a government by its nationality.
  if (h.art && GOVERNMENT_HEADS.has(h.head) && [first, ...rest].every((w) => NATIONALITIES.has(w)))
    return true;
  if (!GENERIC_WITH.has(h.head)) return false;
  const c = core(first);
  // "قوات النظام", "قوات النظام المدفعي", "جيش الاحتلال الإسرائيلي".
  if (STRONG_POSSESSORS.has(c)) return true;
  // "قوات الأمن", "قوات الأمن العراقية" — but "قوى الأمن الداخلي" is a name.
  if (GENERIC_POSSESSORS.has(c) && rest.every((w) => NATIONALITIES.has(w))) return true;
  // "قوات حفتر", "قوات كييف": a person or a place as possessor.
  if (words === 1 && (!isDefinite(first) || placeAt(t0 + 1) > t0 + 1)) return true;
  return false;
}

export function orgContext(doc: Doc, placeAt: PlaceAt): Span[] {
  const spans: Span[] = [];
  const n = doc.toks.count;
  const headFor = wordFacts(doc, HEAD); // every token is asked: one memo read each
  for (let i = 0; i < n; i++) {
    const h = headFor(i);
    if (!h) continue;
    const start = (doc.toks.start[i] as number) + h.pre;
    // تنظيم "الدولة الإسلامية": a quoted name right after the head is the name.
    const gap = i + 1 < n ? gapBefore(doc, i + 1) : '';
    if (gap.includes('"') && !h.art) {
      let q = i + 1;
      while (q < n && q - i <= 6 && doc.toks.joined[q]) q++;
      const closes = q < n ? gapBefore(doc, q + 1) : '"';
      if (closes.includes('"') || q === n - 1) {
        const s = doc.toks.start[i + 1] as number;
        const e = doc.toks.end[q] as number;
        if (isDefinite(doc.strs[i + 1] as string) || isDefinite(doc.strs[q] as string))
          spans.push(
            candidate({
              t0: i + 1,
              t1: q + 1,
              s,
              e,
              type: 'organization',
              source: 'context',
              kind: h.head,
              feats: ['ctx:org', 'quotedName', `head:${h.head}`],
            }),
          );
      }
      continue;
    }
    let end = nameEnd(doc, i + 1, placeAt, 7, h.art);
    // "اللواء الأول حزام أمني": a numbered brigade keeps its indefinite epithet (two words).
    if (h.head === 'لواء' && end === i + 2 && ORDINALS.has(doc.strs[i + 1] as string)) {
      let t = end;
      while (
        t < n &&
        t < end + 2 &&
        doc.toks.joined[t - 1] &&
        !STOP_WORDS.has(doc.strs[t] as string) &&
        !/^(ال|و)/.test(doc.strs[t] as string) &&
        !/[0-9a-z]/.test(doc.strs[t] as string)
      )
        t++;
      if (t === end + 2) end = t;
    }
    if (end === i + 1) continue;
    // What the scorer weighs with the head: "قوات التحالف الدولي" (the inner head reports
    // the name), "بقيادة X" ("led by X"), "جبهة إدلب" (a front at a place is a battle
    // line), "عمليات الأنبار" (a command only with a place), generic groups.
    const feats = ['ctx:org', `head:${h.head}`];
    const inner = headAt(doc, i + 1);
    if (GENERIC_WITH.has(h.head) && inner && !INNER_GENERIC.has(inner.head)) feats.push('innerHead');
    if (h.pre > 0) feats.push('headClitic');
    if (h.art) feats.push('headArt');
    feats.push(placeAt(i + 1) > i + 1 ? 'placeNext' : 'noPlaceNext');
    if (isGenericGroup(doc, i, end, placeAt)) feats.push('generic');
    if (end - i > 2) feats.push('multi');
    spans.push(
      candidate({
        t0: i,
        t1: end,
        s: start,
        e: doc.toks.end[end - 1] as number,
        type: 'organization',
        source: 'context',
        kind: h.head,
        feats,
      }),
    );
  }
  // News outlets: "بلدي نيوز", "شفق نيوز" — one or two name words before the tail.
  const newsTailAt = wordFacts(doc, NEWS_TAIL);
  for (let i = 1; i < n; i++) {
    if (!newsTailAt(i) || !doc.toks.joined[i - 1]) continue;
    const w = doc.strs[i - 1] as string;
    if (STOP_WORDS.has(w) || /[0-9a-z]/.test(w)) continue;
    const t0 = i - 1;
    const s = (doc.toks.start[t0] as number) + (w[0] === 'و' && w.length > 3 ? 1 : 0);
    spans.push(
      candidate({
        t0,
        t1: i + 1,
        s,
        e: doc.toks.end[i] as number,
        type: 'organization',
        source: 'context',
        kind: 'news_agency',
        feats: ['ctx:org', 'newsTail'],
      }),
    );
  }
  return spans;
}

/**
 * A glossary organisation's span without a leading "تنظيم"/"قوات"/"قوى" that is not part
 * of the entry's own name, when what follows the head is itself one of the entry's names
 * (تنظيم داعش → داعش, as corpus-dev writes it); "تنظيم الدولة" keeps its head: «الدولة»
 * alone names nothing.
 */
export function trimGroupHead(doc: Doc, sp: Span): void {
  if (sp.t1 - sp.t0 < 2 || !sp.entry) return;
  const head = bare(doc, sp.t0);
  if (head !== 'تنظيم' && !FORCE_HEADS.has(head)) return;
  const own = fold(sp.entry.ar);
  if (own.startsWith(head) || own.startsWith(`ال${head}`)) return; // قوات الدعم السريع
  const rest = withoutArticle(doc.strs.slice(sp.t0 + 1, sp.t1).join(' '));
  const names = [sp.entry.ar, ...(sp.entry.aliases ?? [])];
  if (!names.some((n) => withoutArticle(words(fold(n)).join(' ')) === rest)) return;
  sp.t0++;
  sp.s = doc.toks.start[sp.t0] as number;
}

const withoutArticle = (s: string): string => (s.startsWith('ال') ? s.slice(2) : s);
