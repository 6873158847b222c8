/**
 * The look of Dalil's highlights, as CSS text (no DOM here, so the build can use it).
 * Kinds differ by colour and by underline style, so they stay apart without colour
 * vision; on a dark page the colours are lightened to keep their contrast.
 *
 * The default light look ships as the extension's content-script stylesheet
 * (highlights.css), which the browser adds before the page's first style computation:
 * highlighting then costs the page no style recalculation at all. Any other look (a
 * dark page, colours the reader chose) is an adopted sheet laid over it, which costs one.
 */
import { DEFAULT_SETTINGS, type HighlightKind, type Settings, UNDERLINES } from '../common/settings';

export type PaintGroup = HighlightKind;

export const HIGHLIGHT_NAMES = {
  place: 'dalil-place',
  organization: 'dalil-organization',
  person: 'dalil-person',
  active: 'dalil-active',
} as const;

/** The element that wraps highlighted text where the Highlight API is missing (fallback-marks.ts). */
export const MARK = 'dalil-mark';

export const PAINT_GROUPS = Object.keys(UNDERLINES) as PaintGroup[];

/** A kind's underline colour: on a dark page it is lightened to keep its contrast. */
export const lineColor = (color: string, dark: boolean): string =>
  dark ? `color-mix(in srgb, ${color} 55%, white)` : color;

/** A kind's translucent fill behind the name. */
export const fillColor = (color: string, dark: boolean): string =>
  `color-mix(in srgb, ${color} ${dark ? 38 : 24}%, transparent)`;

/** The open tooltip's name. */
export const activeColor = (dark: boolean): string =>
  dark ? 'rgba(255, 200, 90, 0.45)' : 'rgba(255, 150, 40, 0.42)';

/** Declarations for one kind. */
export function kindStyle(group: PaintGroup, color: string, dark: boolean): string {
  return `background-color: ${fillColor(color, dark)}; text-decoration: underline ${UNDERLINES[group]} ${lineColor(color, dark)} 2px; text-underline-offset: 3px;`;
}

/**
 * Rules for the highlights and for the fallback's marks. They are separate rules: a
 * browser without `::highlight()` drops a whole rule whose selector list names it.
 */
export function highlightCss(colors: Settings['colors'], dark: boolean): string {
  const rules: string[] = [];
  for (const group of PAINT_GROUPS) {
    const style = kindStyle(group, colors[group], dark);
    rules.push(`::highlight(${HIGHLIGHT_NAMES[group]}) { ${style} }`);
    rules.push(`${MARK}[data-kind="${group}"] { ${style} }`);
  }
  rules.push(`::highlight(${HIGHLIGHT_NAMES.active}) { background-color: ${activeColor(dark)}; }`);
  return rules.join('\n');
}

/** The stylesheet every page gets from the manifest: the default colours on a light page. */
export function defaultHighlightCss(): string {
  return highlightCss(DEFAULT_SETTINGS.colors, false);
}

/** Whether the reader's look is the manifest's: then no sheet needs adopting in the document. */
export function isDefaultLook(colors: Settings['colors'], dark: boolean): boolean {
  return !dark && PAINT_GROUPS.every((group) => colors[group] === DEFAULT_SETTINGS.colors[group]);
}
