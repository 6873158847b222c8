/**
 * Small questions about a token's surroundings that several recognisers ask:
 * what is the word before (clitics stripped), is a place trigger in front, is the
 * token part of a list of places, does it read as an adjective after a noun.
 */
import { readings } from '../clitics';
import type { Doc } from '../doc';
import { PLACE_TRIGGERS, PLURAL_TRIGGERS } from '../wordlists';

/** Bare form of token i: proclitics and article stripped as far as they go (≥ 2 letters left). */
export function bare(doc: Doc, i: number): string {
  const s = doc.strs[i] ?? '';
  let best = s;
  for (const r of readings(s)) if (r.core.length < best.length) best = r.core;
  return best;
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

/** Vicinity words: they lead to a place but also to anything ("محيط خط الضباب", "مركز للشرطة"). */
const VICINITY = new Set(['محيط', 'اطراف', 'تخوم', 'مركز', 'منطقه', 'مناطق', 'قاعده', 'معسكر']);

/** A settlement or admin trigger before token i (not a vicinity word): enough for everyday words. */
export function strongTriggerBefore(doc: Doc, i: number): boolean {
  if (!triggerBefore(doc, i)) return false;
  return !VICINITY.has(bare(doc, i - 1));
}

/** A place trigger directly before token i: "بلدة X", بلدات "X", "ريف X". */
export function triggerBefore(doc: Doc, i: number): boolean {
  if (i <= 0) return false;
  const gap = gapBefore(doc, i);
  if (/[.;:?!\n]/.test(gap) || gap.length > 4) return false;
  return isTriggerWord(doc.strs[i - 1] as string);
}

/** Is the trigger before token i a plural one ("قرى X", "مخيمات X")? */
export function pluralTriggerBefore(doc: Doc, i: number): boolean {
  if (!triggerBefore(doc, i)) return false;
  return readings(doc.strs[i - 1] as string).some((r) => !r.art && PLURAL_TRIGGERS.has(r.core));
}

/** Is there a sentence break (., ?, !, newline) in the gap before token i? */
export function breakBefore(doc: Doc, i: number): boolean {
  return /[.;?!\n:]/.test(gapBefore(doc, i));
}
