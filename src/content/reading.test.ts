import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../common/settings';
import { diffBlocks, firstOccurrences, outermost, splitSpans } from './block-diff';
import { readBlocks, segmentsOf } from './blocks';
import { defaultHighlightCss, highlightCss, isDefaultLook, kindStyle } from './highlight-style';
import { unwrapAll, wrapPiece } from './reader/fallback-marks';
import { keyAction } from './reader/keyboard';
import { anchorVisible, placeTooltip } from './reader/placement';

function body(html: string) {
  return parseHTML(`<!doctype html><html lang="ar"><body>${html}</body></html>`).document
    .body as unknown as Element;
}

describe('readBlocks', () => {
  it('makes one block per block element, with offsets of every text node', () => {
    const root = body(
      '<article><h1>عنوان</h1><p>في <b>إدلب</b> اليوم</p><nav>قائمة</nav><p>  </p></article>',
    );
    const blocks = readBlocks(root);
    expect(blocks.map((block) => block.text).sort()).toEqual(['عنوان', 'في إدلب اليوم']);
    for (const block of blocks)
      for (const segment of block.segments)
        expect(block.text.slice(segment.start, segment.start + segment.node.data.length)).toBe(
          segment.node.data,
        );
  });

  it('separates text before and after a nested block', () => {
    const [outer] = readBlocks(body('<div>قبل<p>وسط</p>بعد</div>')).filter(
      (block) => block.element.localName === 'div',
    );
    expect(outer.text).toBe('قبل\nبعد');
  });

  it("finds a block's text nodes again, unless the page changed its text", () => {
    const root = body('<div>قبل<p>في <b>إدلب</b> <i>اليوم</i></p>بعد</div>');
    const paragraph = readBlocks(root).find((block) => block.element.localName === 'p')!;
    const again = segmentsOf({ ...paragraph, segments: [] })!;
    expect(again.segments.map((segment) => [segment.start, segment.node.data])).toEqual([
      [0, 'في '],
      [3, 'إدلب'],
      [7, ' '],
      [8, 'اليوم'],
    ]);
    paragraph.element.querySelector('b')!.textContent = 'حلب';
    expect(segmentsOf(paragraph)).toBeUndefined();
  });
});

describe('diffBlocks', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  it('annotates only new and changed blocks and reports removed ones', () => {
    const stored = new Map<object, string>([
      [a, 'نص أ'],
      [b, 'نص ب'],
    ]);
    const diff = diffBlocks(stored, [
      { element: a, text: 'نص أ' },
      { element: c, text: 'نص ج' },
    ]);
    expect(diff.same.map((block) => block.element)).toEqual([a]);
    expect(diff.fresh.map((block) => block.element)).toEqual([c]);
    expect(diff.gone).toEqual([b]);
    const changed = diffBlocks(stored, [{ element: b, text: 'نص ب معدّل' }]);
    expect(changed.fresh.map((block) => block.element)).toEqual([b]);
    expect(changed.gone).toEqual([a]);
  });

  it('keeps only the outermost of nested subtrees', () => {
    const root = body('<div id="x"><p id="y">ن</p></div><p id="z">ن</p>');
    const [x, y, z] = ['x', 'y', 'z'].map((id) => root.ownerDocument.getElementById(id)!);
    expect(outermost([y, x, z, x])).toEqual([x, z]);
  });
});

describe('splitSpans', () => {
  it('maps spans of joined texts back to block offsets and drops spans across blocks', () => {
    // "abc\nde\nfgh"
    const spans = [
      { start: 1, end: 3 },
      { start: 4, end: 6 },
      { start: 5, end: 8 },
      { start: 7, end: 10 },
    ];
    expect(splitSpans([3, 2, 3], spans)).toEqual([
      [{ start: 1, end: 3 }],
      [{ start: 0, end: 2 }],
      [{ start: 0, end: 3 }],
    ]);
  });
});

describe('firstOccurrences', () => {
  it('keeps the first of each key in order', () => {
    const items = ['إدلب', 'حلب', 'إدلب', 'دمشق', 'حلب'].map((name, index) => ({ name, index }));
    const kept = firstOccurrences(items, (item) => item.name);
    expect(items.filter((item) => kept.has(item)).map((item) => item.index)).toEqual([0, 1, 3]);
  });
});

describe('placeTooltip', () => {
  const viewport = { width: 1000, height: 800 };
  const anchor = (left: number, top: number) => ({ left, top, width: 40, bottom: top + 20 });
  it('goes below the word when it fits', () => {
    expect(placeTooltip(anchor(400, 100), 300, 200, viewport)).toMatchObject({ top: 126, left: 270 });
  });
  it('goes above near the bottom, never over the word', () => {
    const { top } = placeTooltip(anchor(400, 700), 300, 200, viewport);
    expect(top + 200).toBeLessThanOrEqual(700);
  });
  it('stays inside the viewport at the edges', () => {
    expect(placeTooltip(anchor(980, 100), 300, 200, viewport).left).toBe(692);
    expect(placeTooltip(anchor(0, 100), 300, 200, viewport).left).toBe(8);
  });
  it('scrolls on the roomier side when neither side has room, still clear of the word', () => {
    const small = { width: 360, height: 300 };
    const spot = placeTooltip(anchor(100, 100), 300, 400, small);
    expect(spot.top).toBe(126);
    expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(300);
    const high = placeTooltip(anchor(100, 220), 300, 400, small);
    expect(high.top).toBeGreaterThanOrEqual(8);
    expect(high.top + Math.min(400, high.maxHeight)).toBeLessThanOrEqual(220);
  });
  it('knows when the word has left the viewport', () => {
    expect(anchorVisible({ top: -30, bottom: -10, left: 0, right: 10 }, viewport)).toBe(false);
    expect(anchorVisible({ top: 10, bottom: 30, left: 0, right: 10 }, viewport)).toBe(true);
  });
});

describe('highlight styles', () => {
  it('gives every kind its own underline style, lighter on dark pages', () => {
    const css = highlightCss(DEFAULT_SETTINGS.colors, false);
    for (const style of ['solid', 'dashed', 'dotted']) expect(css).toContain(`underline ${style}`);
    // Saved terms have no highlight of their own: the page can read the registry.
    expect(css).not.toContain('saved');
    expect(kindStyle('place', '#e69f00', true)).toContain('white');
  });
  it('styles the fallback marks in rules of their own (a browser drops a rule naming an unknown pseudo)', () => {
    for (const rule of defaultHighlightCss().split('\n')) {
      expect(rule.includes('::highlight(') && rule.includes('dalil-mark')).toBe(false);
    }
    expect(defaultHighlightCss()).toContain('dalil-mark[data-kind="organization"]');
  });
  it('needs no sheet of its own in the document only for the default colours on a light page', () => {
    expect(isDefaultLook(DEFAULT_SETTINGS.colors, false)).toBe(true);
    expect(isDefaultLook(DEFAULT_SETTINGS.colors, true)).toBe(false);
    expect(isDefaultLook({ ...DEFAULT_SETTINGS.colors, place: '#ff0000' }, false)).toBe(false);
  });
});

describe('fallback marks', () => {
  it('wraps a piece of text and unwraps it back to the same text', () => {
    const root = body('<p>في إدلب اليوم</p>');
    const p = root.querySelector('p')!;
    const text = p.firstChild as Text;
    // linkedom has no splitText; the browser's behaves like this.
    const proto = Object.getPrototypeOf(text) as { splitText?: (offset: number) => Text };
    proto.splitText ??= function (this: Text, offset: number) {
      const rest = this.ownerDocument.createTextNode(this.data.slice(offset));
      this.data = this.data.slice(0, offset);
      this.parentNode!.insertBefore(rest, this.nextSibling);
      return rest;
    };
    wrapPiece(text, 3, 7, root.ownerDocument.createElement('dalil-mark'));
    expect(p.innerHTML).toBe('في <dalil-mark>إدلب</dalil-mark> اليوم');
    expect(unwrapAll(root)).toBe(1);
    expect(p.textContent).toBe('في إدلب اليوم');
    expect(p.querySelector('dalil-mark')).toBeNull();
  });
});

describe('keyAction', () => {
  const key = (over: Partial<KeyboardEvent>) =>
    ({
      ctrlKey: false,
      altKey: false,
      shiftKey: false,
      metaKey: false,
      key: '',
      code: '',
      ...over,
    }) as KeyboardEvent;
  const shortcuts = DEFAULT_SETTINGS.shortcuts;
  it('maps the shortcuts, and S and Escape only while a tooltip is open', () => {
    expect(
      keyAction(key({ altKey: true, shiftKey: true, key: 'ArrowDown', code: 'ArrowDown' }), shortcuts, false),
    ).toBe('next');
    expect(
      keyAction(key({ altKey: true, shiftKey: true, key: 'ArrowUp', code: 'ArrowUp' }), shortcuts, false),
    ).toBe('previous');
    expect(keyAction(key({ key: 'س', code: 'KeyS' }), shortcuts, true)).toBe('save');
    expect(keyAction(key({ key: 's', code: 'KeyS' }), shortcuts, false)).toBeUndefined();
    expect(keyAction(key({ key: 'Escape', code: 'Escape' }), shortcuts, true)).toBe('close');
    expect(keyAction(key({ ctrlKey: true, key: 's', code: 'KeyS' }), shortcuts, true)).toBeUndefined();
  });
});
