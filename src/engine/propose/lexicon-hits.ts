/**
 * Glossary hits: lexicon candidates with the evidence the annotator needs to accept
 * or reject them (common word? adjective after a noun? article missing?).
 */

import { PLACE_TRIGGERS } from '../knowledge/triggers';
import { COMMON_WORDS, GIVEN_NAMES, STOP_WORDS } from '../knowledge/words';
import { readings, stripArticle } from '../read/clitics';
import { type Doc, defineWordFact, wordFact } from '../read/doc';
import { isTriggerWord, isVicinity, PLURAL_TRIGGER, triggerBefore } from './cues';
import type { Lexicon, Posting } from './lexicon';
import { type Candidate, matcher } from './match';

/** A candidate with its evidence (one flat object: there is one per name occurrence). */
export interface Hit extends Candidate {
  /** Postings of each type, best rank first (one array for every hit of the name: read-only). */
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

/**
 * A definite word that is not a trigger: the noun an adjective would agree with. A
 * function word only looks definite ("إلى" folds to "الى").
 */
function isDefiniteNoun(w: string): boolean {
  return /^(ال|وال|بال|لل|فال|كال)/.test(w) && !isTriggerWord(w) && !STOP_WORDS.has(w);
}

/** Does the candidate read as an adjective agreeing with the definite noun before it? */
function isAdjective(doc: Doc, c: Candidate): boolean {
  if (c.t1 - c.t0 !== 1 || c.t0 === 0) return false;
  const r = c.reading;
  if (!r.art || r.pre > 0) return false; // "والسعودية" is coordination, not an adjective
  if (!doc.toks.joined[c.t0 - 1]) return false;
  // A definite noun in front: "الطائرات الروسية", "القوات التركية"; a name in front is
  // handled by the caller ("بريف إدلب الشرقي"). Without the nisba shape it is still an
  // adjective after a definite noun ("القنابل المسيلة"), unless the place is a major one.
  if (!wordFact(doc, DEFINITE_NOUN, c.t0 - 1)) return false;
  return looksNisba(r.core) || (c.postings[0]?.entry.rank ?? 0) < 70;
}

/** Does the original text give the token a tanween ("كبيراً")? Names rarely take one. */
function hasTanween(doc: Doc, t: number): boolean {
  const a = doc.norm.map[doc.toks.start[t] as number] as number;
  const b = Math.min(doc.original.length, (doc.norm.map[(doc.toks.end[t] as number) - 1] as number) + 3);
  for (let p = a; p < b; p++) {
    const ch = doc.original.charCodeAt(p);
    if (ch >= 0x064b && ch <= 0x064d) return true;
  }
  return false;
}

const STOP_BARE = new Set([...STOP_WORDS, ...PLACE_TRIGGERS].map(stripArticle));

/**
 * Is the token a function word or a function word with a clitic ("وأن" read as the city
 * "وان", "بأن", "وكان")? With `STOP_BARE.has(key)`, the test for a one-word hit.
 */
function isStopToken(tok: string): boolean {
  if (STOP_WORDS.has(tok)) return true;
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
    if (cand === key || !lex.mayStartName(cand)) continue;
    if (lex.postings(cand).some((p) => p.entry.type === 'place' && p.entry.rank >= 70)) return true;
  }
  return false;
}

function isEverydayToken(tok: string): boolean {
  const b = stripArticle(tok);
  return COMMON_WORDS.has(b) || STOP_BARE.has(b) || isTriggerWord(tok);
}

const DEFINITE_NOUN = defineWordFact(isDefiniteNoun);
const STOP_TOKEN = defineWordFact(isStopToken);
const EVERYDAY = defineWordFact(isEverydayToken);

/** JavaScript's \s, as a test on one UTF-16 unit (the quote checks scan gaps without regexes). */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Does the gap before token t0 end in a quote or "(" (spaces allowed after it)? */
function opensQuote(doc: Doc, t0: number): boolean {
  if (t0 <= 0) return false;
  const text = doc.norm.text;
  const a = doc.toks.end[t0 - 1] as number;
  for (let p = (doc.toks.start[t0] as number) - 1; p >= a; p--) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) continue;
    return c === 0x22 || c === 0x28;
  }
  return false;
}

/** Does the gap before token t1 start with a quote or ")" (or is there no gap: the text ends)? */
function closesQuote(doc: Doc, t1: number): boolean {
  const text = doc.norm.text;
  const a = t1 > 0 ? (doc.toks.end[t1 - 1] as number) : 0;
  const b = t1 <= 0 ? 0 : t1 < doc.toks.count ? (doc.toks.start[t1] as number) : text.length;
  if (a >= b) return true;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) continue;
    return c === 0x22 || c === 0x29;
  }
  return false;
}

/** What a hit's key alone decides (the same for every occurrence of the name in the text). */
interface KeyFacts {
  places: Posting[];
  orgs: Posting[];
  people: Posting[];
  /** Some indexed form of an entry has the article. */
  anyArt: boolean;
  /** One word: an everyday word; several: only given names ("علي محمد", "عبد الله"). */
  common: boolean;
  stopKey: boolean;
  nisbaArt: boolean;
  nisbaBare: boolean;
  derived: boolean;
}

function keyFacts(lex: Lexicon, c: Candidate): KeyFacts {
  const places: Posting[] = [];
  const orgs: Posting[] = [];
  const people: Posting[] = [];
  for (const p of c.postings) {
    if (p.entry.type === 'place') places.push(p);
    else if (p.entry.type === 'organization') orgs.push(p);
    else people.push(p);
  }
  const single = c.t1 - c.t0 === 1;
  return {
    places,
    orgs,
    people,
    anyArt: c.postings.some((p) => p.art),
    common: single
      ? COMMON_WORDS.has(c.key)
      : c.key.split(' ').every((w) => GIVEN_NAMES.has(stripArticle(w))),
    stopKey: STOP_BARE.has(c.key),
    nisbaArt: looksNisba(c.key),
    nisbaBare: /يه$/.test(c.key),
    derived: single && isDerivedNisba(lex, c.key),
  };
}

/**
 * The glossary hits, and for the context rules, at every token where a known name starts:
 * its end token when it names a place (and is not an adjective), 0 when it names
 * something else; -1 where no name starts.
 */
export interface GlossaryHits {
  hits: Hit[];
  ends: Int32Array;
}

export function glossaryHits(doc: Doc, lex: Lexicon): GlossaryHits {
  const out: Hit[] = [];
  const ends = new Int32Array(doc.toks.count).fill(-1);
  // A stop word that names only places ("في", "ان", "ريف") never becomes a span: such hits
  // (a third of all) only mark where a name starts, and are not kept as objects.
  const inertNisba: number[] = [];
  // A key is one or several words, so its facts are memoised here rather than per word.
  const byKey = new Map<string, KeyFacts>();
  const matchAt = matcher(lex, doc);
  for (let i = 0; i < doc.toks.count; i++) {
    const c = matchAt(i);
    if (c === undefined) continue;
    let k = byKey.get(c.key);
    if (k === undefined) {
      k = keyFacts(lex, c);
      byKey.set(c.key, k);
    }
    const single = c.t1 - c.t0 === 1;
    // The whole token is itself an everyday word ("ولاية" is not و + "لاية").
    const stop =
      (single && (k.stopKey || wordFact(doc, STOP_TOKEN, c.t0))) ||
      (c.reading.pre > 0 && wordFact(doc, EVERYDAY, c.t0));
    // "الشرقي", "جوية": shaped like an adjective (a definite ـي/ـية, or an indefinite ـية).
    const nisba = single && (c.reading.art ? k.nisbaArt : k.nisbaBare);
    if (stop && k.orgs.length === 0 && k.people.length === 0) {
      ends[c.t0] = k.places.length > 0 && !isAdjective(doc, c) ? c.t1 : 0;
      if (nisba && c.reading.art && c.reading.pre === 0) inertNisba.push(c.t0);
      continue;
    }
    const next = doc.strs[c.t1] ?? '';
    const trigger = triggerBefore(doc, c.t0);
    out.push({
      t0: c.t0,
      t1: c.t1,
      s: c.s,
      e: c.e,
      reading: c.reading,
      postings: c.postings,
      key: c.key,
      places: k.places,
      orgs: k.orgs,
      people: k.people,
      common: single ? k.common || hasTanween(doc, c.t0) : k.common,
      stop,
      trigger,
      strongTrigger: trigger && !isVicinity(doc, c.t0 - 1),
      // A list after the plural trigger ("قرى العمقية والزيارة") names places after all.
      pluralTrigger:
        trigger && wordFact(doc, PLURAL_TRIGGER, c.t0 - 1) && !(next.startsWith('و') && next.length > 3),
      adjective: isAdjective(doc, c),
      nisba,
      extraArticle: c.reading.art && !k.anyArt,
      derived: k.derived,
      quoted: c.reading.pre === 0 && opensQuote(doc, c.t0) && closesQuote(doc, c.t1),
    });
  }
  // An adjective after a name: "بريف إدلب الشرقي", "حلب الشمالية".
  const nameEnds = new Uint8Array(doc.toks.count + 1);
  for (const h of out) if (h.places.length > 0 && !h.stop && !h.common && !h.nisba) nameEnds[h.t1] = 1;
  const afterName = (t: number): boolean => nameEnds[t] === 1 && doc.toks.joined[t - 1] === 1;
  for (const h of out)
    if (h.nisba && h.reading.art && h.reading.pre === 0 && afterName(h.t0)) h.adjective = true;
  for (const t of inertNisba) if (afterName(t)) ends[t] = 0;
  for (const h of out) ends[h.t0] = h.places.length > 0 && !h.adjective ? h.t1 : 0;
  return { hits: out, ends };
}
