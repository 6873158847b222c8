/**
 * NewsFANE's orthography to page orthography. NewsFANE splits the conjunctions و/ف,
 * some prepositions and the pronoun suffixes off as tokens ("و هي", "ان ه", "زيارت نا");
 * pages write them attached ("وهي", "انه", "زيارتنا"). The tagger is trained on the
 * page form, so that at run time it sees words exactly as training did: a split
 * proclitic is glued to the next word, a split suffix to the previous one, and the
 * entity labels stay with the word's own letters (the span starts after a glued و).
 */

export interface ConllToken {
  form: string;
  /** BIO tag over the corpus's own classes (B-Politician, I-GPE, O). */
  tag: string;
}

export interface Mention {
  /** Offsets in the page text. */
  s: number;
  e: number;
  /** The corpus's class (Politician, Nation, …). */
  cls: string;
}

export interface PageText {
  text: string;
  mentions: Mention[];
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const SUFFIXES = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا', 'ي']);

const isArabicWord = (s: string | undefined): boolean => !!s && /^[\u0621-\u064a]+$/.test(s);
const cls = (tag: string): string => tag.slice(2);

/** Does a split proclitic at i glue onto the next token? (An entity-internal و only inside one.) */
function gluesForward(toks: ConllToken[], i: number): boolean {
  const t = toks[i] as ConllToken;
  const next = toks[i + 1];
  // A letter before a letter is an abbreviation ("د ب ا"), not a clitic.
  if (!PROCLITICS.has(t.form) || !next || !isArabicWord(next.form)) return false;
  if (next.form.length < 2 && !gluesForward(toks, i + 1)) return false;
  // ك is also "your": a suffix after a word ("وجه ك"), a prefix before ما ("ك ما" = كما).
  if (t.form === 'ك' && next.form !== 'ما' && isArabicWord(toks[i - 1]?.form)) return false;
  if (t.tag === 'O') return next.tag === 'O' || next.tag.startsWith('B-');
  return t.tag.startsWith('I-') && next.tag === t.tag;
}

/** Page text of one sentence, with the mentions its tags mark. */
export function toPage(toks: ConllToken[]): PageText {
  let text = '';
  const mentions: Mention[] = [];
  let pending = '';
  let open: Mention | undefined;
  let lastArabic = false; // the text ends with an Arabic word a suffix may join
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as ConllToken;
    if (gluesForward(toks, i)) {
      pending += t.form;
      continue;
    }
    if (!pending && lastArabic && t.tag === 'O' && SUFFIXES.has(t.form)) {
      text += t.form;
      continue;
    }
    if (text) text += ' ';
    // ل + ال is written لل on pages ("ل الاتحاد" → "للاتحاد").
    const form = pending.endsWith('ل') && t.form.startsWith('ال') ? t.form.slice(1) : t.form;
    text += pending;
    pending = '';
    const start = text.length;
    text += form;
    lastArabic = isArabicWord(t.form);
    if (t.tag.startsWith('I-') && open && open.cls === cls(t.tag)) {
      open.e = text.length;
      continue;
    }
    open = undefined;
    if (t.tag !== 'O') {
      open = { s: start, e: text.length, cls: cls(t.tag) };
      mentions.push(open);
    }
  }
  return { text, mentions };
}

/** Reads a CoNLL file (`token<TAB>tag`, blank line between sentences). */
export function parseConll(src: string): ConllToken[][] {
  const out: ConllToken[][] = [];
  let cur: ConllToken[] = [];
  for (const line of src.split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim()) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    const tab = l.lastIndexOf('\t');
    if (tab <= 0) throw new Error(`bad CoNLL line: ${JSON.stringify(l)}`);
    cur.push({ form: l.slice(0, tab), tag: l.slice(tab + 1) });
  }
  if (cur.length) out.push(cur);
  return out;
}
