/**
 * Diacritics that tell names apart: عَمّان (Amman) and عُمان (Oman) fold to one key, but a
 * text that writes the shadda says which. Pack names keep the shadda as written (the
 * gazetteer drops the other harakat), so a surface's shaddas are compared with an
 * entry's: the same letters doubled is a fit, a mismatch where the surface is vocalised
 * is a misfit, and an unvocalised surface says nothing.
 */
import type { PackEntry } from '../../common/pack';

const SHADDA = 0x0651;

function isMark(c: number): boolean {
  return c >= 0x064b && c <= 0x0652;
}

/** Does s[from, to) carry any mark (the test `shaddaLetters` makes, without a copy of the text)? */
export function hasMarks(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isMark(s.charCodeAt(i))) return true;
  return false;
}

/** Letter indices (marks and tatweel not counted) that carry a shadda; undefined when the text has no marks. */
export function shaddaLetters(s: string): number[] | undefined {
  const out: number[] = [];
  let letter = -1;
  let marks = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isMark(c)) {
      marks = true;
      if (c === SHADDA) out.push(letter);
      continue;
    }
    if (c === 0x0640) continue;
    letter++;
  }
  return marks ? out : undefined;
}

/** +1 the entry's spelling doubles the same letters, -1 it does not, 0 no evidence. */
export function marksFit(surface: string, e: PackEntry): number {
  const want = shaddaLetters(surface);
  if (!want) return 0;
  const key = want.join(',');
  const names = [e.ar, ...(e.aliases ?? [])];
  for (const n of names) {
    const has = shaddaLetters(n) ?? [];
    if (has.join(',') === key && (has.length > 0 || want.length === 0)) return 1;
  }
  // Vocalised without a shadda where the entry writes one, or the other way round.
  return names.some((n) => (shaddaLetters(n) ?? []).length > 0) || want.length > 0 ? -1 : 0;
}
