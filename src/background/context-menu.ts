/**
 * "Add to Dalil glossary" on selected text: asks the tab's content script (in the frame
 * that was clicked) for the sentence around the selection, then opens the add-term form
 * in a small window with the selection, sentence and page as URL parameters.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { addTermPath } from '../add-term/params';
import { sendToTab } from '../common/send';

export const MENU_ID = 'dalil-add-term';

function menuTitle(): string {
  return browser.i18n.getMessage('glossary_menuAdd') || 'Add to Dalil glossary';
}

async function askSelection(tabId: number | undefined, frameId: number | undefined) {
  if (tabId === undefined || tabId < 0) return undefined;
  try {
    return (await sendToTab(tabId, { type: 'selectionContext' }, frameId ?? 0)) ?? undefined;
  } catch {
    // No content script in that frame (a PDF, a store page): the selection alone will do.
    return undefined;
  }
}

/** The add-term form's path for a click on the menu. */
export async function addTermPathFor(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<string> {
  const selection = info.selectionText ?? '';
  const fromPage = await askSelection(tab?.id, info.frameId);
  return addTermPath({
    text: fromPage?.text || selection,
    sentence: fromPage?.sentence || selection,
    url: fromPage?.url || info.frameUrl || info.pageUrl || '',
    title: fromPage?.title || tab?.title || '',
  });
}

export async function openAddTerm(path: string): Promise<void> {
  const url = browser.runtime.getURL(path);
  try {
    await browser.windows.create({ url, type: 'popup', width: 480, height: 680 });
  } catch {
    // Some browsers (Android, kiosk) have no popup windows: a tab works everywhere.
    await browser.tabs.create({ url });
  }
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: MENU_ID, title: menuTitle(), contexts: ['selection'] }))
      .catch((error: unknown) => console.warn('Dalil: the context menu could not be added.', error));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void addTermPathFor(info, tab).then(openAddTerm);
  });
}
