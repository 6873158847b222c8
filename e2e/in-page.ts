/**
 * Functions that run in a page or an extension page, handed whole to Playwright's
 * (e2e/) or Puppeteer's (e2e-firefox/) evaluate: each is self-contained, with no import,
 * no closure and no inner named function (tsx, which runs the Firefox journeys, would
 * name it with a helper the page does not have). And the centre of a box they return.
 */

export interface TextBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * Runs in the page: the box of the n-th occurrence of `text` in the body (viewport
 * coordinates), after scrolling it to the middle of the view if asked; null if it is not
 * there. It uses no Array method and no document.createRange, which hostile pages replace.
 */
export function textBoxInPage({
  text,
  occurrence,
  scroll,
}: {
  text: string;
  occurrence: number;
  scroll: boolean;
}): TextBox | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (let at = value.indexOf(text); at >= 0; at = value.indexOf(text, at + 1)) {
      if (seen++ < occurrence) continue;
      if (scroll) node.parentElement?.scrollIntoView({ block: 'center' });
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const { left, top, right, bottom, width, height } = range.getClientRects()[0]!;
      return { left, top, right, bottom, width, height };
    }
  }
  return null;
}

export const centreOf = (box: TextBox) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });

/** Whether the page's body is as its own script saw it at DOMContentLoaded, before any extension ran. */
export function domUnchangedInPage(): boolean {
  return (window as unknown as { __domBeforeDalil: string }).__domBeforeDalil === document.body.outerHTML;
}

/** Empties the saved terms (not the bundled pack); run in an extension page. */
export function clearSavedTermsInPage(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('dalil');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('terms', 'readwrite');
      tx.objectStore('terms').clear();
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Every row of each of `stores` in Dalil's database, by store name; run in an extension page. */
export function readStoresInPage(stores: string[]): Promise<Record<string, Array<Record<string, unknown>>>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('dalil');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(stores);
      const requests = stores.map((store) => tx.objectStore(store).getAll());
      tx.oncomplete = () => {
        open.result.close();
        resolve(Object.fromEntries(stores.map((store, i) => [store, requests[i]!.result])));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
