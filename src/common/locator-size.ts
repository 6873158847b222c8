/**
 * The locator map's box, shared by the background that draws it and the component that
 * shows it: the placeholder shown while it is drawn has the same size, so the tooltip
 * does not move when the map arrives. (Its own module: messages.ts would bring valibot.)
 */
export const LOCATOR_SIZE = { width: 256, height: 120 };
