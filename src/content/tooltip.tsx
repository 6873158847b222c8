/**
 * The tooltip: a non-modal dialog (it holds buttons) in a shadow root attached to <html>
 * only when a tooltip first opens, so the article's DOM is never touched and the page's
 * CSS cannot reach it. It sits beside the word (never over it), inside the viewport, and
 * follows the word when the page scrolls. Keyboard: focus moves in when it was opened
 * from the keyboard, Escape closes and gives focus back, "S" saves or unsaves.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { uiDirection, uiLanguage } from '../common/i18n';
import type { Description, EntityLocation, PageEntity, TermContext } from '../common/messages';
import { LocatorMap } from '../ui/LocatorMap';
import { label } from '../ui/labels';
import { TermCard } from '../ui/TermCard';
import { ask } from './runtime';
import { TooltipFrame } from './tooltip-frame';

export interface TooltipRequest {
  entity: PageEntity;
  /** The word's current box (re-read on every scroll). */
  anchor: () => DOMRect | undefined;
  context: TermContext;
  onSavedChange: (saved: boolean) => void;
}

interface TooltipProps {
  request: TooltipRequest;
  /** Lets the host's "S" shortcut reach the card's Save button. */
  registerToggle: (toggle: () => void) => void;
}

function Tooltip({ request, registerToggle }: TooltipProps) {
  const { entity, context } = request;
  const [description, setDescription] = useState<Description | undefined>();
  const [location, setLocation] = useState<EntityLocation | undefined>();
  const [saved, setSaved] = useState(entity.saved);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    if (entity.id) {
      ask<Description | undefined>({ type: 'describe', id: entity.id })
        .then((value) => live && setDescription(value))
        .catch(() => undefined);
      if (entity.type === 'place') {
        ask<EntityLocation | null>({ type: 'locate', id: entity.id })
          .then((value) => live && value && setLocation(value))
          .catch(() => undefined);
      }
    }
    return () => {
      live = false;
    };
  }, [entity.id]);

  const toggleSave = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if (saved) {
        await ask({ type: 'unsaveTerm', term: { entryId: entity.id, ar: entity.name_ar } });
      } else {
        await ask({
          type: 'saveTerm',
          term: {
            entryId: entity.id,
            ar: entity.name_ar,
            en: entity.name_en,
            type: entity.type,
            kind: entity.kind,
          },
          context,
        });
      }
      setSaved(!saved);
      request.onSavedChange(!saved);
    } catch (failure) {
      setError(
        label('reading_save_failed', 'Could not save: $1', [String((failure as Error)?.message ?? failure)]),
      );
    } finally {
      setBusy(false);
    }
  };
  registerToggle(() => void toggleSave());

  const ar = description?.ar ?? entity.name_ar;
  const en = description?.en ?? entity.name_en;
  const copy = () => {
    navigator.clipboard
      ?.writeText(`${ar} — ${en}`)
      .then(() => setCopied(true))
      .catch(() => setError(label('reading_copy_failed', 'Could not copy to the clipboard.')));
  };
  const arabicUi = uiDirection() === 'rtl';
  const country = description?.path?.[description.path.length - 1];
  return (
    <TermCard
      titleId="dalil-tooltip-title"
      ar={ar}
      written={entity.text}
      en={en}
      type={entity.type}
      kind={description?.kind ?? entity.kind}
      path={description?.path}
      desc={description?.desc}
      inferred={entity.source !== 'glossary'}
      transliterated={entity.transliterated}
      attribution={description?.attribution}
      saved={saved}
      busy={busy}
      error={error}
      onToggleSave={toggleSave}
      onCopy={copy}
      copied={copied}
      note={description?.note}
      status={description?.status}
    >
      {location && (
        <LocatorMap
          lat={location.lat}
          lon={location.lon}
          country={location.country}
          label={label('reading_map_of', '$1 on a map of $2', [
            arabicUi ? ar : en,
            (country && (arabicUi ? country[0] : country[1])) || location.country || '',
          ])}
        />
      )}
    </TermCard>
  );
}

export class TooltipHost {
  private readonly frame: TooltipFrame;
  private current: TooltipRequest | undefined;
  private toggle: (() => void) | undefined;

  constructor(doc: Document, onOutOfView: () => void) {
    this.frame = new TooltipFrame(doc, () => this.current?.anchor(), onOutOfView);
  }

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  get hasPointer(): boolean {
    return this.frame.pointerInside;
  }

  get entity(): PageEntity | undefined {
    return this.current?.entity;
  }

  /** Opens the tooltip for `request`; `focus` moves keyboard focus into it (keyboard navigation). */
  show(request: TooltipRequest, focus: boolean, hint: string): void {
    this.current = request;
    const mount = this.frame.open(uiDirection(), uiLanguage(), hint);
    render(
      <Tooltip
        key={`${request.entity.start}:${request.entity.end}:${request.entity.name_ar}`}
        request={request}
        registerToggle={(toggle) => {
          this.toggle = toggle;
        }}
      />,
      mount,
    );
    this.frame.place();
    if (focus) this.frame.focus();
  }

  /** Closes; gives focus back to where it was if the tooltip held it. */
  hide(): void {
    if (!this.current) return;
    this.current = undefined;
    this.toggle = undefined;
    const mount = this.frame.close();
    if (mount) render(null, mount);
  }

  toggleSave(): void {
    this.toggle?.();
  }

  announce(text: string): void {
    this.frame.announce(text);
  }

  contains(node: Node | null): boolean {
    return this.frame.contains(node);
  }

  /** Whether keyboard focus is inside the tooltip. */
  get hasFocus(): boolean {
    return this.frame.hasFocus;
  }
}
