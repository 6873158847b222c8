/**
 * People after titles: "الرئيس X", "وزير الخارجية الإيراني X Y", "المتحدث باسم الجيش X Y",
 * "الشيخ X Y". Names are 2–4 words (one word only when the title is a head of state or a
 * quoted name follows); only the last word may carry the article ("حكمت الهجري"), and
 * connectors (عبد، أبو، بن) bind to the next word. Conservative by design: a missed
 * person costs less than a place or organisation turned into a person.
 */

import { candidate, type Span } from '../decide/spans';
import { ADJ, BLOCK, CONNECTORS, GIVEN, TITLE_HEADS, TITLES } from '../knowledge/people';
import { STOP_WORDS } from '../knowledge/words';
import { type Doc, defineWordFact, wordFact, wordFacts } from '../read/doc';
import { isTriggerWord } from './cues';

function isNameWord(w: string): boolean {
  // "بضربة جوية" after a name: a ب-phrase, unless the word is itself a name ("بشار", "بديع").
  if (w[0] === 'ب' && w.length >= 5 && !GIVEN.has(w) && !GIVEN.has(w.slice(1))) return false;
  return (
    w.length >= 2 &&
    !/^(وال|بال|فال|كال|لل|لم|بم)/.test(w) &&
    !ADJ.has(w) &&
    !/[0-9a-z]/.test(w) &&
    !STOP_WORDS.has(w) &&
    !BLOCK.has(w) &&
    !TITLES.has(w) &&
    !isTriggerWord(w)
  );
}

/**
 * Skip the title's complement and return the name's first token (-1: no name here).
 * Complements are definite words ("الخارجية الإيراني"), "باسم X", and names the other
 * recognisers already found ("حاكم خاركيف", "عضو مجلس محافظة الأنبار").
 */
function afterTitle(doc: Doc, i: number, taken: (t: number) => boolean): number {
  let t = i + 1;
  const w = doc.strs[i] as string;
  const bareW = w.replace(/^(و|ف)/, '');
  const n = doc.toks.count;
  if (TITLE_HEADS.has(bareW)) {
    if (doc.strs[t] === 'باسم') t += 2;
    else if (!bareW.startsWith('ال') && !(doc.strs[t] ?? '').startsWith('ال') && !taken(t)) return -1; // "رئيس بلدية ناحتة"
    while (
      t < n &&
      t - i <= 6 &&
      doc.toks.joined[t - 1] &&
      ((doc.strs[t] as string).startsWith('ال') || (taken(t) && !GIVEN.has(doc.strs[t] as string)))
    )
      t++;
  } else {
    while (t < n && t - i <= 2 && doc.toks.joined[t - 1] && /^ال.*(ي|يه)$/.test(doc.strs[t] as string)) t++;
  }
  return t;
}

/** Is there a quote or "(" between token j-1 and token j? A loop: this runs at every token. */
function opensQuote(doc: Doc, j: number): boolean {
  const text = doc.norm.text;
  const b = j < doc.toks.count ? (doc.toks.start[j] as number) : text.length;
  for (let p = doc.toks.end[j - 1] ?? 0; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x22 || c === 0x28) return true;
  }
  return false;
}

function nameWordAt(doc: Doc, t: number): boolean {
  return wordFact(doc, NAME_WORD, t);
}

const NAME_WORD = defineWordFact(isNameWord);

/** A title, a conjunction before an article allowed ("والرئيس"). */
function isTitleWord(s: string): boolean {
  const w = s.replace(/^(و|ف)(?=ال)/, '');
  return TITLES.has(w) || TITLE_HEADS.has(w);
}

const TITLE_WORD = defineWordFact(isTitleWord);

/** A name in quotes right after a title-less mention ("العامل مع فرع X، “أنس سليمان الشلال”"). */
function quotedName(doc: Doc, j: number): number {
  if (!opensQuote(doc, j)) return 0;
  if (!GIVEN.has(doc.strs[j] as string)) return 0;
  let t = j + 1;
  while (t < doc.toks.count && t - j < 4 && doc.toks.joined[t - 1] && nameWordAt(doc, t)) t++;
  const close = doc.norm.text.slice(doc.toks.end[t - 1], doc.toks.start[t] ?? doc.norm.text.length);
  return t - j >= 2 && /[")]/.test(close) ? t : 0;
}

export function peopleContext(doc: Doc, taken: (t: number) => boolean): Span[] {
  const out: Span[] = [];
  const n = doc.toks.count;
  const push = (j: number, t: number, feats: string[]): void => {
    const w = t - j;
    feats.push('ctx:person', w >= 4 ? 'words:4' : `words:${w}`);
    if (GIVEN.has(doc.strs[t - 1] as string)) feats.push('givenLast');
    if (GIVEN.has(doc.strs[j] as string)) feats.push('givenFirst');
    if ((doc.strs[t - 1] as string).startsWith('ال')) feats.push('lastArt');
    out.push(
      candidate({
        t0: j,
        t1: t,
        s: doc.toks.start[j] as number,
        e: doc.toks.end[t - 1] as number,
        type: 'person',
        source: 'context',
        feats,
      }),
    );
  };
  const titleAt = wordFacts(doc, TITLE_WORD); // every token is asked: one memo read each
  for (let i = 0; i < n; i++) {
    const q = i > 0 ? quotedName(doc, i) : 0;
    if (q) {
      push(i, q, ['quotedName']);
      i = q - 1;
      continue;
    }
    if (!titleAt(i)) continue;
    const j = afterTitle(doc, i, taken);
    if (j < 0 || j >= n) continue;
    if (/[.;?!\n]/.test(doc.norm.text.slice(doc.toks.end[j - 1], doc.toks.start[j]))) continue;
    let t = j;
    let connectors = 0; // "عبد الله عماد أبو الحسن": connectors do not count towards the four words
    while (t < n && t - j - connectors < 4) {
      if (t > j && !doc.toks.joined[t - 1]) break;
      const s = doc.strs[t] as string;
      // A given name that is also a place ("فيصل") still starts a name.
      if (!nameWordAt(doc, t) || (taken(t) && !(t === j && GIVEN.has(s)))) break;
      if (t > j && s[0] === 'و' && !CONNECTORS.has(doc.strs[t - 1] as string)) break;
      t++;
      // Only the last word may be definite ("بدر البوسعيدي"), unless a connector precedes ("عبد الله").
      if (s.startsWith('ال') && !(t - 2 >= j && CONNECTORS.has(doc.strs[t - 2] as string))) break;
      if (CONNECTORS.has(s) && t < n) {
        connectors++;
      }
    }
    if (CONNECTORS.has(doc.strs[t - 1] as string)) t--;
    if ((doc.strs[j] as string).startsWith('ال')) continue;
    // Where the name ends is for the scorer: each length is a candidate ("جورج بوش" or
    // "جورج بوش بدء"), the longest marked as the run's end, one word only after a title.
    const title = TITLE_HEADS.has((doc.strs[i] as string).replace(/^(و|ف)/, '')) ? 'titleHead' : 'title';
    for (let end = j + 1; end <= t; end++) {
      if (CONNECTORS.has(doc.strs[end - 1] as string)) continue;
      push(j, end, [title, end === t ? 'runEnd' : 'cut']);
    }
    i = Math.max(i, t - 1);
  }
  return out;
}
