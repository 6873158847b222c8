/**
 * What the elements Dalil adds to a page share: a shadow root the page cannot open in the
 * release build (open in the dev build, where the e2e tests read the reader's view), and
 * an inline !important style, which beats every page rule, even `* { … !important }`;
 * `all: initial` stops inherited fonts, colours and directions.
 */
export const SHADOW_MODE: ShadowRootMode = process.env.NODE_ENV === 'production' ? 'closed' : 'open';

const GUARD =
  'all: initial !important; display: block !important; position: fixed !important; ' +
  'margin: 0 !important; padding: 0 !important; border: 0 !important; visibility: visible !important; ' +
  'opacity: 1 !important; transform: none !important; filter: none !important;';

/** A host's inline style: the guard, then the host's own placement (`all` comes first). */
export const hostStyle = (own: string): string => `${GUARD} ${own}`;
