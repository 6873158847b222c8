/**
 * Extracts the readable text of a page's article as one string, remembering for each
 * DOM text node where its text starts, so that engine spans map back to DOM ranges.
 * DOM in, text out: it works on any Document (the browser's, or linkedom's in the CLI).
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `Extraction.text`. */
  start: number;
}

export interface Extraction {
  text: string;
  /** Sorted by `start`. */
  segments: TextSegment[];
  root: Element;
}

/** Elements whose text is never article text. */
export const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'menu',
  'dialog',
]);
const SKIPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
]);

/** Elements that start a new line of text, so words of adjacent blocks never run together. */
export const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'br',
  'hr',
  'address',
]);

/** Attributes that can make an element skipped: one native check before reading them one by one. */
const TELLING_ATTRIBUTES = '[hidden],[aria-hidden],[role],[contenteditable],[style]';

export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (!element.hasAttributes() || !element.matches(TELLING_ATTRIBUTES)) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const NOT_ARABIC = /[^\u0600-\u06FF]+/g;

/** Arabic letters in an element's text: one native pass, no match array per paragraph. */
function arabicLength(element: Element): number {
  return (element.textContent ?? '').replace(NOT_ARABIC, '').length;
}

/**
 * The element that holds the article: schema.org articleBody, else the <article> with
 * the most Arabic text, else the parent of the paragraphs holding the most Arabic text.
 * A root with too little text falls back to <body>, so a page is never under-read.
 */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit && arabicLength(explicit) > 200) return explicit;
  let best: Element | undefined;
  let bestLength = 0;
  for (const article of Array.from(doc.querySelectorAll('article, main, [role="main"]'))) {
    const length = arabicLength(article);
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  if (best && bestLength > 200) return best;
  const byParent = new Map<Element, number>();
  for (const paragraph of Array.from(doc.querySelectorAll('p'))) {
    const parent = paragraph.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + arabicLength(paragraph));
  }
  for (const [parent, length] of byParent) if (length > bestLength) [best, bestLength] = [parent, length];
  return best && bestLength > 200 ? best : body;
}

export function extractFrom(root: Element): Extraction {
  const segments: TextSegment[] = [];
  let text = '';
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  // An explicit stack instead of recursion: pages nest thousands of levels deep.
  const stack: Array<Node | 'end-block'> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      newline();
      continue;
    }
    if (item.nodeType === 3) {
      const value = (item as Text).data;
      if (value.length === 0) continue;
      segments.push({ node: item as Text, start: text.length });
      text += value;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    if (element !== root && isSkipped(element)) continue;
    const block = BLOCKS.has(element.localName);
    if (block) {
      newline();
      stack.push('end-block');
    }
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { text, segments, root };
}

export function extractArticle(doc: Document): Extraction {
  return extractFrom(findArticleRoot(doc));
}

/** The article's text as the content script would read it (used by the CLI for HTML files). */
export function extractArticleText(doc: Document): string {
  return extractArticle(doc).text;
}
