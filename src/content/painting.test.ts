import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { PageEntity } from '../common/messages';
import { DEFAULT_SETTINGS } from '../common/settings';
import { readBlocks } from './blocks';
import { PageModel } from './page-model';
import { PaintWindow } from './paint-window';

function entity(text: string, start: number): PageEntity {
  return {
    start,
    end: start + text.length,
    text,
    type: 'place',
    name_ar: text,
    name_en: text,
    kind: 'city',
    source: 'glossary',
    saved: false,
  };
}

describe('PageModel', () => {
  const { document } = parseHTML(
    '<!doctype html><html><body><p>في حلب</p><p>لا أسماء هنا</p><p>في دمشق</p></body></html>',
  );
  const [aleppo, none, damascus] = readBlocks(document.body as unknown as Element);

  it('lists names in document order even when a block arrives out of order', () => {
    const model = new PageModel();
    model.put(damascus, [entity('دمشق', 3)]);
    model.put(none, []);
    model.put(aleppo, [entity('حلب', 3)]);
    expect(model.visible(DEFAULT_SETTINGS).map((ref) => ref.entity.text)).toEqual(['حلب', 'دمشق']);
  });

  it('keeps text nodes only for blocks with names, and makes ranges on demand', () => {
    const model = new PageModel();
    model.put(aleppo, [entity('حلب', 3)]);
    const empty = model.put(none, []);
    expect(empty.segments).toEqual([]);
    const [ref] = model.visible(DEFAULT_SETTINGS);
    // Made when painted or pointed at (linkedom has no ranges: the e2e suite checks them).
    expect(ref.block.ranges).toEqual([]);
    expect(model.locate(aleppo.segments[0].node)?.block).toBe(ref.block);
    expect(model.locate(none.segments[0].node)).toBeUndefined();
  });

  it('leaves out a name whose span falls outside the text that was read', () => {
    const model = new PageModel();
    model.put(aleppo, [entity('حلبxx', 3)]);
    expect(model.visible(DEFAULT_SETTINGS)).toEqual([]);
  });
});

/** A window whose blocks sit at fixed offsets in a page 100 screens tall. */
function fakePage(tops: number[]) {
  const height = 1000;
  const listeners: Array<(event: Event) => void> = [];
  const view = {
    innerHeight: height,
    scrollY: 0,
    document: {},
    addEventListener: (_type: string, listener: (event: Event) => void) => listeners.push(listener),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
  };
  const frames: Array<() => void> = [];
  const blocks = tops.map(
    (top) =>
      ({
        getBoundingClientRect: () => ({ top: top - view.scrollY, bottom: top - view.scrollY + 50 }),
      }) as unknown as Element,
  );
  const scrollTo = (y: number) => {
    view.scrollY = y;
    for (const listener of listeners) listener({ type: 'scroll', target: view.document } as unknown as Event);
    for (const frame of frames.splice(0)) frame();
  };
  return { view: view as unknown as Window, blocks, scrollTo };
}

describe('PaintWindow', () => {
  it('shows blocks within two screens, keeps them until four away, and moves a screen at a time', () => {
    const { view, blocks, scrollTo } = fakePage([0, 2500, 3500, 6000, 20_000]);
    const shown = new Set<Element>();
    const window = new PaintWindow(
      view,
      (block) => shown.add(block),
      (block) => shown.delete(block),
    );
    window.reset(blocks);
    expect([...shown]).toEqual([blocks[0], blocks[1]]);
    // Less than a screen: not looked at again, though the third block is now within reach.
    scrollTo(900);
    expect(shown.has(blocks[2])).toBe(false);
    scrollTo(3500);
    expect([blocks[2], blocks[3]].every((block) => shown.has(block))).toBe(true);
    // Three and a half screens above is still kept; the far block is not reached yet.
    expect(shown.has(blocks[0])).toBe(true);
    expect(shown.has(blocks[4])).toBe(false);
    scrollTo(19_000);
    expect(shown.has(blocks[4])).toBe(true);
    expect(blocks.slice(0, 4).some((block) => shown.has(block))).toBe(false);
  });
});
