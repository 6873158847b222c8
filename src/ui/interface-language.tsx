/**
 * The interface language of the extension's own pages (popup, options, add-term): the
 * reader's choice in the settings, applied at once whenever it changes. A chosen
 * language reads its table from the package (`_locales/<lang>/messages.json`).
 */
import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { applyUiDirection, flattenMessages, setInterfaceLanguage } from '../common/i18n';
import { type InterfaceLanguage, loadSettings, onSettingsChanged } from '../common/settings';

export async function readMessages(
  language: Exclude<InterfaceLanguage, 'auto'>,
): Promise<Record<string, string>> {
  const g = globalThis as unknown as { chrome?: { runtime: { getURL(path: string): string } } };
  const response = await fetch(g.chrome!.runtime.getURL(`_locales/${language}/messages.json`));
  return flattenMessages(await response.json());
}

export async function applyInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  if (language === 'auto') setInterfaceLanguage();
  else setInterfaceLanguage(language, await readMessages(language));
}

/**
 * Applies the setting to `root` (lang, dir) and returns a number that changes with each
 * change of language (a key that re-renders the page in it), 0 until the first is applied.
 */
export function useInterfaceLanguage(root: HTMLElement): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current: InterfaceLanguage | undefined;
    const apply = async (language: InterfaceLanguage) => {
      if (language === current) return;
      current = language;
      try {
        await applyInterfaceLanguage(language);
      } catch {
        setInterfaceLanguage();
      }
      applyUiDirection(root);
      setVersion((n) => n + 1);
    };
    void loadSettings().then((settings) => apply(settings.uiLanguage));
    return onSettingsChanged((settings) => void apply(settings.uiLanguage));
  }, []);
  return version;
}

/** Renders `render()` in the chosen language, again from scratch when the language changes. */
export function InInterfaceLanguage({ render }: { render: () => ComponentChildren }) {
  const version = useInterfaceLanguage(document.documentElement);
  return version === 0 ? null : <Fragment key={version}>{render()}</Fragment>;
}
