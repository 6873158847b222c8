/**
 * Small questions about a token's surroundings that several recognisers ask:
 * what is the word before (clitics stripped), is a place trigger in front, is the
 * token part of a list of places, does it read as an adjective after a noun.
 */

import { PLACE_TRIGGERS, PLURAL_TRIGGERS, VICINITY_TRIGGERS } from '../knowledge/triggers';
import { PLACE_PREPOSITIONS, SPEECH_VERBS } from '../knowledge/words';
import { readings } from '../read/clitics';
import { type Doc, defineWordFact, wordFact } from '../read/doc';

/** A word with proclitics and article stripped as far as they go (≥ 2 letters left). */
export function bareWord(s: string): string {
  let best = s;
  for (const r of readings(s)) if (r.core.length < best.length) best = r.core;
  return best;
}

/** Bare form of token i (see `bareWord`); '' past the last token. */
export function bare(doc: Doc, i: number): string {
  return i >= 0 && i < doc.toks.count ? wordFact(doc, BARE, i) : '';
}

/** A word as written without و/ف (keeps ب ل and the article): "وبريف" → "بريف". */
function withoutConj(s: string): string {
  return (s[0] === 'و' || s[0] === 'ف') && s.length > 3 ? s.slice(1) : s;
}

/** What the word before a name is: a preposition of place, a verb of saying, or neither. */
function leadIn(w: string): 'prep' | 'say' | '' {
  const bareW = withoutConj(w);
  if (PLACE_PREPOSITIONS.has(w) || PLACE_PREPOSITIONS.has(bareW)) return 'prep';
  if (SPEECH_VERBS.has(w) || SPEECH_VERBS.has(bareW)) return 'say';
  return '';
}
const LEAD_IN = defineWordFact(leadIn);

/**
 * Features of what leads into a candidate starting at token t0, normalised offset s:
 * a preposition of place before it or attached to it ("في X", "بX", "لX"), a verb of
 * saying before it ("قال X"). The same for every proposer, so the scorer learns what they
 * are worth once.
 */
export function leadInFeatures(doc: Doc, t0: number, s: number): string[] {
  const out: string[] = [];
  const attached = doc.norm.text.slice(doc.toks.start[t0] as number, s);
  if (attached.includes('ب') || attached.includes('ل')) out.push('prep');
  if (t0 > 0 && doc.toks.joined[t0 - 1]) {
    const before = wordFact(doc, LEAD_IN, t0 - 1);
    if (before && !out.includes(before)) out.push(before);
  }
  return out;
}

/** Separator text between token i-1 and token i (normalised). */
export function gapBefore(doc: Doc, i: number): string {
  if (i <= 0) return '';
  return doc.norm.text.slice(doc.toks.end[i - 1], doc.toks.start[i]);
}

/** Is token i a place trigger (see `isTriggerWord`)? */
export function isTrigger(doc: Doc, i: number): boolean {
  return wordFact(doc, TRIGGER, i);
}

/** Word facts of this module, for per-document memos (see doc.ts). */
const BARE = defineWordFact(bareWord);
export const TRIGGER = defineWordFact(isTriggerWord);
export const PLURAL_TRIGGER = defineWordFact(isPluralTriggerWord);

/** Is token w (normalised) a place trigger, possibly with clitics (بريف، وبلدة، في مدينة)? */
export function isTriggerWord(w: string): boolean {
  if (PLACE_TRIGGERS.has(w)) return true;
  for (const r of readings(w)) {
    if (r.pre === 0 && !r.art) continue;
    // With the article a trigger is a back-reference ("الجبل", "المدينة"), not a lead-in;
    // only "العاصمة X" names what follows.
    if (r.art) {
      if (PLACE_TRIGGERS.has(`ال${r.core}`)) return true;
      continue;
    }
    if (PLACE_TRIGGERS.has(r.core)) return true;
  }
  return false;
}

/** Is token i a vicinity word (clitics stripped): "محيط خط الضباب", "مركز للشرطة"? */
export function isVicinity(doc: Doc, i: number): boolean {
  return VICINITY_TRIGGERS.has(bare(doc, i));
}

/** A place trigger directly before token i: "بلدة X", بلدات "X", "ريف X". */
export function triggerBefore(doc: Doc, i: number): boolean {
  if (i <= 0) return false;
  const a = doc.toks.end[i - 1] as number;
  const b = gapEnd(doc, i);
  if (b - a > 4 || breakBetween(doc.norm.text, a, b)) return false;
  return isTrigger(doc, i - 1);
}

/** Is a word a plural trigger, clitics allowed but no article ("قرى", "وبلدات")? */
export function isPluralTriggerWord(w: string): boolean {
  return readings(w).some((r) => !r.art && PLURAL_TRIGGERS.has(r.core));
}

/** Does text[a, b) hold a sentence break (. ; : ? ! or a newline)? A loop: no slice per gap. */
function breakBetween(text: string, a: number, b: number): boolean {
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x2e || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21 || c === 0x0a) return true;
  }
  return false;
}

/** Is there a sentence break (., ?, !, newline) in the gap before token i? */
export function breakBefore(doc: Doc, i: number): boolean {
  if (i <= 0) return false;
  return breakBetween(doc.norm.text, doc.toks.end[i - 1] as number, gapEnd(doc, i));
}

/** End of the gap before token i: its start, or the text's end past the last token (as `gapBefore`). */
function gapEnd(doc: Doc, i: number): number {
  return i < doc.toks.count ? (doc.toks.start[i] as number) : doc.norm.text.length;
}
