import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findArticleRoot } from './extract';

const ARABIC_PARAGRAPH =
  'قالت مصادر محلية إن القصف استهدف أطراف البلدة صباح اليوم وأدى إلى أضرار في المنازل والطرق الزراعية القريبة. '.repeat(
    3,
  );

function doc(body: string) {
  return parseHTML(`<!doctype html><html lang="ar" dir="rtl"><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('findArticleRoot', () => {
  it('prefers schema.org articleBody', () => {
    const page = doc(
      `<nav><p>${ARABIC_PARAGRAPH}</p></nav><div itemprop="articleBody"><p>${ARABIC_PARAGRAPH}</p></div>`,
    );
    expect(findArticleRoot(page).getAttribute('itemprop')).toBe('articleBody');
  });

  it('falls back to the parent of the paragraphs holding the most Arabic text', () => {
    const page = doc(
      `<div id="side"><p>قصير</p></div><div id="story"><p>${ARABIC_PARAGRAPH}</p><p>${ARABIC_PARAGRAPH}</p></div>`,
    );
    expect(findArticleRoot(page).id).toBe('story');
  });

  it('reads the whole body when no block holds enough text', () => {
    const page = doc('<p>خبر قصير</p>');
    expect(findArticleRoot(page).localName).toBe('body');
  });
});

describe('extractArticle', () => {
  it('maps every text node to its offset and separates blocks by a newline', () => {
    const page = doc('<article><h1>عنوان</h1><p>في <b>إدلب</b> اليوم</p></article>');
    const { text, segments } = extractArticle(page);
    expect(text).toBe('عنوان\nفي إدلب اليوم\n');
    for (const segment of segments)
      expect(text.slice(segment.start, segment.start + segment.node.data.length)).toBe(segment.node.data);
  });

  it('skips navigation, scripts, forms, code, hidden and editable text', () => {
    const page = doc(
      '<nav>قائمة</nav><p>نص<script>var x = "سكربت";</script></p><form><textarea>حقل</textarea></form>' +
        '<code>شيفرة</code><div hidden>مخفي</div><div style="display:none">مخفي</div><div contenteditable="true">محرر</div>' +
        '<aside>جانبي</aside><p aria-hidden="true">مخفي</p>',
    );
    expect(extractArticle(page).text.trim()).toBe('نص');
  });

  it('survives very deep nesting without recursion', () => {
    const page = doc(`${'<div>'.repeat(5000)}عميق${'</div>'.repeat(5000)}`);
    expect(extractArticle(page).text.trim()).toBe('عميق');
  });
});
