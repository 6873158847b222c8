/**
 * The reader's current selection and the sentence around it, for "Add to Dalil glossary"
 * (the background asks through the `selectionContext` message). Pure DOM: reads only.
 */
import { sentenceAround } from '../../common/sentence';

const BLOCK =
  'p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, figcaption, article, section, div, body';

export function selectionContext(doc: Document = document): { text: string; sentence: string } | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const selected = range.toString();
  const text = selected.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  const block = element?.closest(BLOCK);
  if (!block) return { text, sentence: text };
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const offset = before.toString().length;
  const blockText = block.textContent ?? '';
  const sentence = sentenceAround(blockText, offset, Math.min(blockText.length, offset + selected.length));
  return { text, sentence: sentence || text };
}
