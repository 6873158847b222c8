/** Keyboard: the reader's shortcuts, and where typing must never be intercepted. */
import { type Shortcuts, shortcutOf } from '../../common/settings';

export type KeyAction = 'next' | 'previous' | 'close' | 'save';

/** Form fields and editable text: keys typed there belong to the page. */
export function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (element?.nodeType !== 1) return false;
  if (element.isContentEditable) return true;
  const name = element.localName;
  if (name === 'textarea' || name === 'select') return true;
  if (name !== 'input') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
    type,
  );
}

export function keyAction(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey' | 'key' | 'code'>,
  shortcuts: Shortcuts,
  tooltipOpen: boolean,
): KeyAction | undefined {
  const pressed = shortcutOf(event);
  if (pressed === shortcuts.next) return 'next';
  if (pressed === shortcuts.previous) return 'previous';
  if (!tooltipOpen) return undefined;
  if (event.key === 'Escape') return 'close';
  // The physical S key, so it works on an Arabic keyboard layout too (where it types "س").
  if (event.code === 'KeyS' && !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey)
    return 'save';
  return undefined;
}

export { displayShortcut } from '../../common/settings';
