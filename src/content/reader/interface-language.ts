/**
 * The tooltip's interface language: the reader's choice in the settings. A content
 * script cannot read the package's `_locales` itself, so the background sends the table.
 */
import { setInterfaceLanguage } from '../../common/i18n';
import { send } from '../../common/send';
import type { InterfaceLanguage } from '../../common/settings';

let applied: InterfaceLanguage = 'auto';

export async function applyInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  if (language === applied) return;
  applied = language;
  if (language === 'auto') {
    setInterfaceLanguage();
    return;
  }
  try {
    const messages = await send({ type: 'interfaceMessages', language });
    if (applied === language) setInterfaceLanguage(language, messages);
  } catch {
    // The browser's language still works.
  }
}
