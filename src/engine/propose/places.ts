/**
 * Places found by position rather than by name: after a trigger ("بلدة X", "بريف X",
 * بلدات "X، وY، وZ") and in coordinated lists anchored by a trigger or by a trailing
 * "in the countryside of" ("X وY وZ في ريف السويداء"). Known names found this way are
 * reported as supported (so weak glossary hits get accepted); unknown names become
 * context spans, or variant spans when a spelling variant is in the lexicon.
 */

import type { PackEntry } from '../../common/pack';
import { candidate, type Span } from '../decide/spans';
import {
  DUAL_TRIGGERS,
  GENERIC_PLURAL_TRIGGERS,
  NAME_PART_TRIGGERS,
  PLURAL_TRIGGERS,
  TRIGGER_BY_FORM,
} from '../knowledge/triggers';
import { COMMON_WORDS, NAME_PREFIXES, STOP_WORDS } from '../knowledge/words';
import { readings } from '../read/clitics';
import { type Doc, defineWordFact, wordFact, wordFacts } from '../read/doc';
import { bare, breakBefore, gapBefore, isTriggerWord, TRIGGER } from './cues';
import type { Lexicon } from './lexicon';
import { variantLookup } from './variants';

export interface PlaceContext {
  /** Token indices where a place is expected (an item of an anchored list, or after a trigger). */
  supported: Uint8Array;
  /** Items of lists of three or more: strong enough to take even everyday words as names. */
  longList: Uint8Array;
  spans: Span[];
}

interface Item {
  t0: number;
  t1: number;
  /** The first token's coordinating و is not part of the name. */
  waw: boolean;
}

const MAX_ITEMS = 40;
const HE_WORDS = new Set(['هي', 'وهي', 'منها', 'ومنها', 'وهما', 'هما']);

/** A word that never is (part of) a listed name: Latin or digits, a stop word, a trigger. */
function isStopWord(s: string): boolean {
  if (/[0-9a-z]/.test(s)) return true;
  const b = s[0] === 'و' && s.length > 3 ? s.slice(1) : s;
  return STOP_WORDS.has(s) || STOP_WORDS.has(b) || isTriggerWord(s);
}

const STOP_WORD = defineWordFact(isStopWord);

function isStopToken(doc: Doc, i: number): boolean {
  return wordFact(doc, STOP_WORD, i);
}

/** Does token i start a new coordinated item ("وبليون", "والبارة")? */
function isWawItem(doc: Doc, i: number): boolean {
  const s = doc.strs[i] as string;
  return s.length > 2 && s[0] === 'و' && !s.startsWith('وادي');
}

function isNisbaAdjective(word: string): boolean {
  return word.startsWith('ال') && /(ي|يه)$/.test(word);
}

/**
 * Parse one item starting at token i: one word, two when the first is a name prefix
 * ("تل حمدون", "معرة النعمان"), and after a feature head ("معسكر الثانوية الفنية") an
 * unknown name may take nisba adjectives. Known longer names are the glossary's business.
 */
function itemAt(
  doc: Doc,
  i: number,
  first: boolean,
  headed: boolean,
  known: (t: number) => boolean,
): Item | undefined {
  if (i >= doc.toks.count || isStopToken(doc, i)) return undefined;
  const waw = !first && isWawItem(doc, i);
  const w0 = waw ? (doc.strs[i] as string).slice(1) : (doc.strs[i] as string);
  if (w0.length < 2) return undefined;
  let t = i + 1;
  while (t < doc.toks.count && t - i < 3 && doc.toks.joined[t - 1]) {
    const s = doc.strs[t] as string;
    if (isWawItem(doc, t) || isStopToken(doc, t)) break;
    const prefixPair = t === i + 1 && NAME_PREFIXES.has(w0) && !isNisbaAdjective(s);
    const headedAdj = headed && !known(i) && isNisbaAdjective(s);
    if (!prefixPair && !headedAdj) break;
    t++;
  }
  return { t0: i, t1: t, waw };
}

/**
 * Items of a list starting at token i (forward). Every item after the first carries
 * the conjunction و ("X، وY، وZ" or "X وY"); only a plural or dual trigger (بلدات، قريتي)
 * opens a list — after a singular one ("بلدة X") the name stands alone.
 */
function forwardList(
  doc: Doc,
  i: number,
  max: number,
  headed: boolean,
  known: (t: number) => boolean,
): Item[] {
  const items: Item[] = [];
  let j = i;
  while (items.length < MAX_ITEMS) {
    const it = itemAt(doc, j, items.length === 0, headed && items.length === 0, known);
    if (!it) break;
    items.push(it);
    j = it.t1;
    if (j >= doc.toks.count || breakBefore(doc, j)) break;
    const gap = gapBefore(doc, j);
    if (/[()]/.test(gap)) break;
    // Quoted items: وادي "حذران" و"الصياحي" — the و stands alone before the quote.
    if (doc.strs[j] === 'و' && j + 1 < doc.toks.count && gapBefore(doc, j + 1).includes('"')) {
      const it2 = itemAt(doc, j + 1, true, false, known);
      if (!it2) break;
      items.push(it2);
      j = it2.t1;
      if (j >= doc.toks.count || breakBefore(doc, j)) break;
      continue;
    }
    if (items.length >= max && !gap.includes('"')) break;
    if (!isWawItem(doc, j)) break;
  }
  return items;
}

/** Items of a list that ends at token k-1 (backward), for "X وY وZ بريف W". */
function backwardList(doc: Doc, k: number): Item[] {
  const items: Item[] = [];
  let end = k;
  while (end > 0 && items.length < MAX_ITEMS) {
    // An item is one token, or two when the first is a name prefix ("تل حمدون").
    let start = end - 1;
    if (start > 0 && doc.toks.joined[start - 1] && !isWawItem(doc, start)) {
      const p = doc.strs[start - 1] as string;
      const pb = p[0] === 'و' ? p.slice(1) : p;
      if (NAME_PREFIXES.has(pb)) start--;
    }
    if (isStopToken(doc, start) || (start + 1 < end && isStopToken(doc, start + 1))) break;
    const waw = isWawItem(doc, start);
    items.unshift({ t0: start, t1: end, waw });
    if (start === 0 || breakBefore(doc, start) || !waw) break;
    end = start;
  }
  return items;
}

/** The pack kind a trigger word announces ("قرية" → village), for the tooltip of inferred names. */
function triggerKind(w: string): string | null {
  for (const r of readings(w)) {
    const kind = TRIGGER_BY_FORM.get(r.core)?.kind;
    if (kind) return kind;
  }
  return null;
}

const TRIGGER_KIND = defineWordFact(triggerKind);

/** The kind token k's trigger announces, once per distinct word. */
export function kindOf(doc: Doc, k: number): string | undefined {
  return wordFact(doc, TRIGGER_KIND, k) ?? undefined;
}

/** How many names a trigger introduces: one after a singular, two after a dual, a list after a plural. */
const LIST_MAX = defineWordFact(listMax);

function listMax(w: string): number {
  for (const r of readings(w))
    if (!r.art && PLURAL_TRIGGERS.has(r.core)) return DUAL_TRIGGERS.has(r.core) ? 2 : MAX_ITEMS;
  return 1;
}

/**
 * Words that shape a list: "هي:" before its items; after them, "بريف" (or "في ريف")
 * anchors it as places.
 */
const CUE_HE = 1;
const CUE_ANCHOR = 2;
const CUE_FI = 3;

const LIST_CUE = defineWordFact(listCue);

function listCue(s: string): number {
  if (HE_WORDS.has(s)) return CUE_HE;
  if (s === 'بريف' || s === 'وبريف') return CUE_ANCHOR;
  return s === 'في' ? CUE_FI : 0;
}

/** The head word of a trigger token, clitics stripped ("وبجبل" → "جبل"), if it belongs to the name. */
function includedHead(doc: Doc, k: number): number {
  const w = doc.strs[k] as string;
  for (let pre = 0; pre <= 2 && pre < w.length - 1; pre++) {
    if (pre > 0 && !'وفبل'.includes(w[pre - 1] as string)) break;
    if (NAME_PART_TRIGGERS.has(w.slice(pre))) return pre;
  }
  return -1;
}

/**
 * @param glossaryEnds for each token that starts a glossary hit: the hit's end token when
 *   it is a place, 0 when it is something else; -1 for the other tokens.
 */
export function placeContext(doc: Doc, lex: Lexicon, glossaryEnds: Int32Array): PlaceContext {
  // Flags per token: typed arrays rather than sets, which cost a hash entry per token.
  const supported = new Uint8Array(doc.toks.count);
  const longList = new Uint8Array(doc.toks.count);
  const spans: Span[] = [];
  const known = (t: number): boolean => (glossaryEnds[t] ?? 0) > 0;
  // Up to 400 lookups per name: once per distinct name of the document.
  const variantsSeen = new Map<string, PackEntry | undefined>();
  const variantOf = (text: string): PackEntry | undefined => {
    if (variantsSeen.has(text)) return variantsSeen.get(text);
    const v = variantLookup(lex, text);
    variantsSeen.set(text, v);
    return v;
  };
  const addItems = (
    items: Item[],
    anchoredStrongly: boolean,
    head = -1,
    knownOnly = false,
    trigKind?: string,
  ): void => {
    const known = items.filter((it) => (glossaryEnds[it.t0] ?? 0) > 0).length;
    // A long anchored list is trusted; a short backward list needs one known place.
    if (!anchoredStrongly && items.length < 3 && known === 0) return;
    if (!anchoredStrongly && items.length < 2) return;
    const listFeats = [
      items.length >= 3 ? 'list:3+' : items.length === 2 ? 'list:2' : 'list:1',
      anchoredStrongly ? 'afterTrigger' : 'beforeAnchor',
    ];
    for (const [n, it] of items.entries()) {
      supported[it.t0] = 1;
      if (items.length >= 3) longList[it.t0] = 1;
      if (n === 0 && head >= 0) {
        // The feature word is part of the name: one span from the head to the item's end.
        const end = Math.max(it.t1, glossaryEnds[it.t0] ?? 0);
        if (end === it.t0 + 1 && COMMON_WORDS.has(bare(doc, it.t0))) continue;
        const s = (doc.toks.start[it.t0 - 1] as number) + head;
        spans.push(
          candidate({
            t0: it.t0 - 1,
            t1: end,
            s,
            e: doc.toks.end[end - 1] as number,
            type: 'place',
            source: 'context',
            kind: kindOf(doc, it.t0 - 1) ?? 'feature',
            feats: [
              'ctx:place',
              'headed',
              ...((glossaryEnds[it.t0] ?? 0) > 0 ? ['headedKnown'] : []),
              ...listFeats,
            ],
          }),
        );
        continue;
      }
      const ge = glossaryEnds[it.t0] ?? -1;
      if (ge >= it.t1 || ge === 0) continue;
      const word = bare(doc, it.t0);
      const single = it.t1 - it.t0 === 1;
      if (single && word.length < 3 && items.length < 3) continue;
      const s = (doc.toks.start[it.t0] as number) + (it.waw ? 1 : 0);
      const e = doc.toks.end[it.t1 - 1] as number;
      const text = doc.norm.text.slice(s, e);
      const common = single && COMMON_WORDS.has(word);
      const v = common ? undefined : variantOf(text);
      const feats = [v ? 'variant:place' : 'ctx:place', ...listFeats];
      if (common) feats.push('common');
      if (knownOnly) feats.push('genericPlural');
      if (!single) feats.push('multi');
      spans.push(
        candidate({
          t0: it.t0,
          t1: it.t1,
          s,
          e,
          type: 'place',
          source: v ? 'variant' : 'context',
          entry: v,
          kind: v?.kind ?? trigKind,
          feats,
        }),
      );
    }
  };
  // This loop visits every token: its word-level tests are read from per-word memos.
  const triggerAt = wordFacts(doc, TRIGGER);
  const cueAt = wordFacts(doc, LIST_CUE);
  for (let k = 0; k < doc.toks.count; k++) {
    const cue = cueAt(k);
    if (triggerAt(k)) {
      let j = k + 1;
      // "8 قرى بريف القحطانية هي: X وY" — skip to the items after "هي:".
      if (j < doc.toks.count && HE_WORDS.has(doc.strs[j] as string)) j++;
      // "العاصمة الأردنية عمّان": a nisba adjective may sit between trigger and name.
      if (
        j + 1 < doc.toks.count &&
        isNisbaAdjective(doc.strs[j] as string) &&
        !known(j) &&
        doc.toks.joined[j - 1] &&
        doc.toks.joined[j] &&
        known(j + 1)
      )
        j++;
      if (j < doc.toks.count && !breakBefore(doc, j) && !/[()]/.test(gapBefore(doc, j))) {
        const head = j === k + 1 && doc.toks.joined[k] ? includedHead(doc, k) : -1;
        // After generic plurals ("مناطق", "مدن") an unknown word is usually a description
        // ("مناطق الظل", "مدن القناة"): only known names count there.
        const max = wordFact(doc, LIST_MAX, k);
        addItems(
          forwardList(doc, j, max, head >= 0, known),
          true,
          head,
          GENERIC_PLURAL_TRIGGERS.has(bare(doc, k)),
          kindOf(doc, k),
        );
      }
    } else if (cue === CUE_HE && k + 1 < doc.toks.count && gapBefore(doc, k + 1).includes(':')) {
      // "... بريف الدرباسية، وهي: X وY وZ": a trigger within the last few words anchors it.
      let anchored = false;
      for (let b = Math.max(0, k - 6); b < k; b++) if (triggerAt(b)) anchored = true;
      if (anchored) addItems(forwardList(doc, k + 1, MAX_ITEMS, false, known), true);
    }
    const trailing = cue === CUE_ANCHOR || (cue === CUE_FI && doc.strs[k + 1] === 'ريف');
    if (trailing && k > 0 && !breakBefore(doc, k)) addItems(backwardList(doc, k), false);
  }
  return { supported, longList, spans };
}
