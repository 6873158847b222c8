/**
 * Proclitic readings of a normalised token.
 *
 * Arabic glues conjunctions (و ف), prepositions (ب ك ل) and the article (ال) to the
 * word: "وبالسرمانية" = و + ب + ال + سرمانية; ل + ال is written "لل". A token is read
 * every way these prefixes allow, the unstripped reading first, so that names which
 * begin with a clitic letter (بليون، لبنان، فليفل، كفرومة) win when the lexicon has
 * them whole. The caller tries all readings and keeps the longest lexicon match.
 */

export interface Reading {
  /** Length of the stripped proclitics (و ف ب ك ل), not counting the article. */
  pre: number;
  /** The token carries the article ال right after the proclitics. */
  art: boolean;
  /** Length of the article as written (2 for "ال", 1 when ل+ال was written "لل"). */
  artLen: number;
  /** The bare word: no proclitics, no article. */
  core: string;
}

const MIN_CORE = 2;

function pushReading(out: Reading[], tok: string, pre: number): void {
  const rest = tok.slice(pre);
  if (rest.length < MIN_CORE) return;
  if (rest.startsWith('ال') && rest.length - 2 >= MIN_CORE) {
    out.push({ pre, art: true, artLen: 2, core: rest.slice(2) });
  }
  out.push({ pre, art: false, artLen: 0, core: rest });
}

/** Every way to read the token as [conj][prep][article]core, least stripping first. */
export function readings(tok: string): Reading[] {
  const out: Reading[] = [];
  pushReading(out, tok, 0);
  let p = 0;
  const c0 = tok[0];
  if (c0 === 'و' || c0 === 'ف') p = 1;
  const conj = p;
  if (conj) pushReading(out, tok, 1);
  // A preposition may follow the conjunction (وب، فل، وك …).
  const c1 = tok[conj];
  if (c1 === 'ب' || c1 === 'ك' || c1 === 'ل') {
    pushReading(out, tok, conj + 1);
    // ل + ال is written لل: "للجيش" = ل + الجيش, "وللمدن" = و + ل + المدن.
    if (c1 === 'ل' && tok[conj + 1] === 'ل' && tok.length - conj - 2 >= MIN_CORE) {
      out.push({ pre: conj + 1, art: true, artLen: 1, core: tok.slice(conj + 2) });
      // ل + اللاذقية is written للاذقية: the article's lam doubles as the word's own.
      if (tok.length - conj - 1 >= MIN_CORE + 1)
        out.push({ pre: conj + 1, art: true, artLen: 0, core: tok.slice(conj + 1) });
    }
  }
  return out;
}

/** Strip a leading article from a normalised word, if what remains is long enough. */
export function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length - 2 >= MIN_CORE ? word.slice(2) : word;
}
