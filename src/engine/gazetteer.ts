/**
 * Glossary hits: lexicon candidates with the evidence the annotator needs to accept
 * or reject them (common word? adjective after a noun? article missing?).
 */

import { readings, stripArticle } from './clitics';
import {
  gapBefore,
  isTriggerWord,
  pluralTriggerBefore,
  strongTriggerBefore,
  triggerBefore,
} from './context/cues';
import type { Doc } from './doc';
import type { Lexicon, Posting } from './lexicon';
import { type Candidate, matchAll } from './match';
import { COMMON_WORDS, GIVEN_NAMES, PLACE_TRIGGERS, STOP_WORDS } from './wordlists';

export interface Hit {
  c: Candidate;
  /** Postings of each type, best rank first. */
  places: Posting[];
  orgs: Posting[];
  people: Posting[];
  /** A single word that is also an everyday word: needs context. */
  common: boolean;
  /** A function word, trigger word or the like: never a name on its own. */
  stop: boolean;
  /** A place trigger stands right before ("بلدة X", "بريف X"). */
  trigger: boolean;
  /** The trigger is a settlement/admin word, not a vicinity word ("محيط", "مركز"). */
  strongTrigger: boolean;
  /** The trigger is plural ("قرى X"): a definite everyday word after it is a description ("مخيمات النزوح"). */
  pluralTrigger: boolean;
  /** Reads as a nisba adjective after a definite noun ("الكبسة السعودية"). */
  adjective: boolean;
  /** A single word shaped like a nisba adjective (ـي، ـية): "روسية", "الشرقي". */
  nisba: boolean;
  /** The name stands alone in quotes or parentheses: "(حماس)", «فتح». */
  quoted: boolean;
  /** A nisba derived from a known major place ("تركي" ← تركيا, "السوري" ← سوريا): an adjective. */
  derived: boolean;
  /** The text has the article but no indexed form of the entry does (الحماس vs حماس). */
  extraArticle: boolean;
}

/** Folded endings of nisba adjectives: ـي، ـية (folded ـيه). */
function looksNisba(word: string): boolean {
  return /(ي|يه)$/.test(word);
}

/** Does the candidate read as an adjective agreeing with the definite noun before it? */
function isAdjective(doc: Doc, c: Candidate): boolean {
  if (c.t1 - c.t0 !== 1 || c.t0 === 0) return false;
  const r = c.reading;
  if (!r.art || r.pre > 0) return false; // "والسعودية" is coordination, not an adjective
  if (!doc.toks.joined[c.t0 - 1]) return false;
  const prev = doc.strs[c.t0 - 1] as string;
  // A definite noun in front: "الطائرات الروسية", "القوات التركية"; a name in front is
  // handled by the caller ("بريف إدلب الشرقي"). Without the nisba shape it is still an
  // adjective after a definite noun ("القنابل المسيلة"), unless the place is a major one.
  if (!/^(ال|وال|بال|لل|فال|كال)/.test(prev) || isTriggerWord(prev)) return false;
  return looksNisba(r.core) || (c.postings[0]?.entry.rank ?? 0) < 70;
}

/** Does the original text give the token a tanween ("كبيراً")? Names rarely take one. */
function hasTanween(doc: Doc, t: number): boolean {
  const a = doc.norm.map[doc.toks.start[t] as number] as number;
  const b = (doc.norm.map[(doc.toks.end[t] as number) - 1] as number) + 3;
  return /[\u064B-\u064D]/.test(doc.original.slice(a, b));
}

const STOP_BARE = new Set([...STOP_WORDS, ...PLACE_TRIGGERS].map(stripArticle));

/**
 * Is the token a function word, a trigger word, or a function word with a clitic
 * ("وأن" read as the city "وان", "بأن", "وكان")?
 */
function isStopLike(tok: string, key: string): boolean {
  if (STOP_BARE.has(key) || STOP_WORDS.has(tok)) return true;
  for (const r of readings(tok))
    if (r.pre > 0 && !r.art && (STOP_WORDS.has(r.core) || STOP_BARE.has(r.core))) return true;
  return false;
}

/** Is `key` the nisba adjective of a major place the lexicon knows (تركي → تركيا, لبناني → لبنان)? */
function isDerivedNisba(lex: Lexicon, key: string): boolean {
  const m = /^(.{2,})(يه|ي)$/.exec(key);
  if (!m) return false;
  const stem = m[1] as string;
  for (const cand of [stem, `${stem}يا`, `${stem}ا`, `${stem}ه`]) {
    if (cand === key) continue;
    if (lex.postings(cand).some((p) => p.entry.type === 'place' && p.entry.rank >= 70)) return true;
  }
  return false;
}

function isEverydayToken(tok: string): boolean {
  const b = stripArticle(tok);
  return COMMON_WORDS.has(b) || STOP_BARE.has(b) || isTriggerWord(tok);
}

export function glossaryHits(doc: Doc, lex: Lexicon): Hit[] {
  const out: Hit[] = [];
  for (const c of matchAll(lex, doc.toks, doc.strs)) {
    const places: Posting[] = [];
    const orgs: Posting[] = [];
    const people: Posting[] = [];
    for (const p of c.postings) {
      if (p.entry.type === 'place') places.push(p);
      else if (p.entry.type === 'organization') orgs.push(p);
      else people.push(p);
    }
    const single = c.t1 - c.t0 === 1;
    out.push({
      c,
      places,
      orgs,
      people,
      // Multi-word names made only of everyday words or given names ("علي محمد", "عبد الله") count too.
      common: single
        ? COMMON_WORDS.has(c.key) || hasTanween(doc, c.t0)
        : c.key.split(' ').every((w) => GIVEN_NAMES.has(stripArticle(w))),
      // The whole token is itself an everyday word ("ولاية" is not و + "لاية").
      stop:
        (single && isStopLike(doc.strs[c.t0] as string, c.key)) ||
        (c.reading.pre > 0 && isEverydayToken(doc.strs[c.t0] as string)),
      trigger: triggerBefore(doc, c.t0),
      strongTrigger: strongTriggerBefore(doc, c.t0),
      // A list after the plural trigger ("قرى العمقية والزيارة") names places after all.
      pluralTrigger:
        pluralTriggerBefore(doc, c.t0) &&
        !((doc.strs[c.t1] ?? '').startsWith('و') && (doc.strs[c.t1] ?? '').length > 3),
      adjective: isAdjective(doc, c),
      // "الشرقي", "جوية": shaped like an adjective (a definite ـي/ـية, or an indefinite ـية).
      nisba: single && (c.reading.art ? looksNisba(c.key) : /يه$/.test(c.key)),
      extraArticle: c.reading.art && c.postings.every((p) => !p.art),
      derived: single && isDerivedNisba(lex, c.key),
      quoted:
        c.reading.pre === 0 &&
        /["(]\s*$/.test(gapBefore(doc, c.t0)) &&
        /^\s*[")]/.test(gapBefore(doc, c.t1) || ')'),
    });
  }
  // An adjective after a name: "بريف إدلب الشرقي", "حلب الشمالية".
  const ends = new Set(
    out.filter((h) => h.places.length > 0 && !h.stop && !h.common && !h.nisba).map((h) => h.c.t1),
  );
  for (const h of out)
    if (
      h.nisba &&
      h.c.reading.art &&
      h.c.reading.pre === 0 &&
      ends.has(h.c.t0) &&
      doc.toks.joined[h.c.t0 - 1]
    )
      h.adjective = true;
  return out;
}
