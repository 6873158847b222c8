/**
 * Small questions about a token's surroundings that several recognisers ask:
 * what is the word before (clitics stripped), is a place trigger in front, is the
 * token part of a list of places, does it read as an adjective after a noun.
 */

import { PLACE_TRIGGERS, PLURAL_TRIGGERS, VICINITY_TRIGGERS } from '../knowledge/triggers';
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

/** Token i as written without و/ف (keeps ب ل and the article): "وبريف" → "بريف". */
export function noConj(doc: Doc, i: number): string {
  const s = doc.strs[i] ?? '';
  return (s[0] === 'و' || s[0] === 'ف') && s.length > 3 ? s.slice(1) : s;
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
