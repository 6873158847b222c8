/** The sentence a span sits in: the context readers save with a term. */

const SENTENCE_END = /[.!?؟؛\n]/;
const MAX_SENTENCE = 600;

export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]) && start - from < MAX_SENTENCE) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]) && to - end < MAX_SENTENCE) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
