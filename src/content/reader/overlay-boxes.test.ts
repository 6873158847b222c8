import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { type Box, markLook, visibleParts } from './overlay-boxes';
import { overlayCss } from './overlay-marks';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('markLook', () => {
  it.each([
    [false, 'shown', 'full'],
    [false, 'quiet', 'full'],
    [false, 'hidden', 'full'],
    [true, 'shown', 'full'],
    [true, 'quiet', 'quiet'],
    [true, 'hidden', undefined],
  ] as const)('known %j under %j is drawn %j', (known, style, expected) => {
    expect(markLook(known, style)).toBe(expected);
  });
});

describe('visibleParts', () => {
  const viewport = box(0, 0, 800, 600);
  it.each([
    ['inside', [box(10, 10, 60, 30)], viewport, [box(10, 10, 60, 30)]],
    ['across the bottom edge', [box(10, 590, 60, 610)], viewport, [box(10, 590, 60, 600)]],
    ['below the viewport', [box(10, 700, 60, 720)], viewport, []],
    ['collapsed (a line end)', [box(60, 10, 60, 30)], viewport, []],
    [
      'two lines, one scrolled out of its column',
      [box(10, 10, 60, 30), box(10, 40, 60, 60)],
      box(0, 0, 800, 35),
      [box(10, 10, 60, 30)],
    ],
    ['nothing seen of the block', [box(10, 10, 60, 30)], undefined, []],
  ])('%s', (_name, rects, clip, expected) => {
    expect(visibleParts(rects, clip)).toEqual(expected);
  });
});

describe('overlayCss', () => {
  it('gives each kind its fill and underline, known terms a faint line without fill', () => {
    const css = overlayCss({ colors: DEFAULT_SETTINGS.colors, dark: false });
    expect(css).toContain(
      '.place { background-color: color-mix(in srgb, #e69f00 24%, transparent); border-bottom: 2px solid #e69f00; }',
    );
    expect(css).toContain('.organization {');
    expect(css).toContain('dashed');
    expect(css).toMatch(
      /\.quiet \{ background-color: transparent; border-bottom-width: 1px; opacity: 0\.45; \}/,
    );
  });

  it('lightens the lines on a dark page', () => {
    expect(overlayCss({ colors: DEFAULT_SETTINGS.colors, dark: true })).toContain(
      'color-mix(in srgb, #e69f00 55%, white)',
    );
  });
});
