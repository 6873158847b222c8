/**
 * Installs the highlight look as an adopted stylesheet (no node in the page) where the
 * manifest's stylesheet does not already give it: every open shadow root Dalil reads
 * (document styles do not reach into them), and the document itself only when the look
 * is not the default one (see highlight-style.ts for why that matters).
 */

import type { Look } from './highlight';
import { isDefaultLook } from './highlight-style';

export class LookSheet {
  private readonly sheet = new CSSStyleSheet();
  private css = '';
  private readonly styled = new WeakSet<Document | ShadowRoot>();

  constructor(private readonly doc: Document) {}

  apply(look: Look, roots: Iterable<ShadowRoot>): void {
    // Replacing a sheet's text restyles everything it applies to: only when the text changed.
    if (look.css !== this.css) {
      this.sheet.replaceSync(look.css);
      this.css = look.css;
    }
    const targets: Array<Document | ShadowRoot> = [...roots];
    if (!isDefaultLook(look.colors, look.dark)) targets.push(this.doc);
    for (const root of targets) {
      if (this.styled.has(root)) continue;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.styled.add(root);
    }
  }
}
