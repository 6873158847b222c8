/**
 * The tooltip: a non-modal dialog (it holds buttons) in a shadow root attached to <html>
 * only when a tooltip first opens, so the article's DOM is never touched and the page's
 * CSS cannot reach it. It sits beside the word (never over it), inside the viewport, and
 * follows the word when the page scrolls. Keyboard: focus moves in when it was opened
 * from the keyboard, Escape closes and gives focus back, "S" saves or unsaves.
 *
 * Saving, unsaving and undoing happen only on the reader's own (trusted) clicks and keys:
 * a page can dispatch events too. Unsaving offers an undo that puts the term back with its
 * note, tags, status and sentences.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { uiDirection, uiLanguage } from '../../common/i18n';
import type { Description, EntityLocation, PageEntity, TermContext } from '../../common/messages';
import { send } from '../../common/send';
import { EntityFacts } from '../../ui/EntityFacts';
import { LocatorMap } from '../../ui/LocatorMap';
import { label, placeSentence, sourceLine } from '../../ui/labels';
import { type LearningStatusName, TermCard } from '../../ui/TermCard';
import { TooltipFrame } from './tooltip-frame';

export interface TooltipRequest {
  entity: PageEntity;
  /** The word's current box (re-read on every scroll). */
  anchor: () => DOMRect | undefined;
  context: TermContext;
  onSavedChange: (saved: boolean) => void;
  onStatusChange: (status: LearningStatusName) => void;
}

interface TooltipProps {
  request: TooltipRequest;
  /** Lets the host's "S" shortcut reach the card's Save button. */
  registerToggle: (toggle: (event: Event) => void) => void;
  /** Says something in the tooltip's live region (screen readers). */
  announce: (text: string) => void;
}

/** Only what the reader did: a page's synthetic clicks and keys are not trusted. */
const byReader = (event: Event | undefined): boolean => event?.isTrusted === true;

function Tooltip({ request, registerToggle, announce }: TooltipProps) {
  const { entity, context } = request;
  const [description, setDescription] = useState<Description | undefined>();
  const [location, setLocation] = useState<EntityLocation | undefined>();
  const [saved, setSaved] = useState(entity.saved);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [undoable, setUndoable] = useState(false);
  // Set from the tooltip; until then the page's (the worker's) answer or the description's.
  const [status, setStatus] = useState<LearningStatusName | undefined>();

  useEffect(() => {
    let live = true;
    if (entity.id) {
      send({ type: 'describe', id: entity.id })
        .then((value) => live && setDescription(value))
        .catch(() => undefined);
      if (entity.type === 'place') {
        send({ type: 'locate', id: entity.id })
          .then((value) => live && value && setLocation(value))
          .catch(() => undefined);
      }
    }
    return () => {
      live = false;
    };
  }, [entity.id]);

  const termRef = { entryId: entity.id, ar: entity.name_ar };
  const toggleSave = async (event?: Event) => {
    if (busy || !byReader(event)) return;
    setBusy(true);
    setError(undefined);
    setUndoable(false);
    try {
      if (saved) {
        setUndoable(await send({ type: 'unsaveTerm', term: termRef }));
      } else {
        await send({
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
      const name = `${entity.name_ar} (${entity.name_en})`;
      announce(
        saved
          ? label('reading_announce_unsaved', 'Removed $1 from your glossary.', [name])
          : label('reading_announce_saved', 'Saved $1 to your glossary.', [name]),
      );
    } catch (failure) {
      setError(
        label('reading_save_failed', 'Could not save: $1', [String((failure as Error)?.message ?? failure)]),
      );
    } finally {
      setBusy(false);
    }
  };
  registerToggle((event) => void toggleSave(event));

  const undo = async (event: Event) => {
    if (busy || !byReader(event)) return;
    setBusy(true);
    try {
      if (!(await send({ type: 'undoUnsave', term: termRef })))
        throw new Error(label('reading_undo_gone', 'the removed term is no longer kept'));
      setUndoable(false);
      setSaved(true);
      request.onSavedChange(true);
    } catch (failure) {
      setError(
        label('reading_undo_failed', 'Could not undo: $1', [String((failure as Error)?.message ?? failure)]),
      );
    } finally {
      setBusy(false);
    }
  };

  const changeStatus = async (next: LearningStatusName, event: Event) => {
    if (busy || !byReader(event)) return;
    setBusy(true);
    setError(undefined);
    try {
      if (await send({ type: 'setTermStatus', term: termRef, status: next })) {
        setStatus(next);
        request.onStatusChange(next);
      }
    } catch (failure) {
      setError(
        label('reading_status_failed', 'Could not set the status: $1', [
          String((failure as Error)?.message ?? failure),
        ]),
      );
    } finally {
      setBusy(false);
    }
  };

  const ar = description?.ar ?? entity.name_ar;
  const en = description?.en ?? entity.name_en;
  const copy = (event?: Event) => {
    if (!byReader(event)) return;
    navigator.clipboard
      ?.writeText(`${ar} — ${en}`)
      .then(() => setCopied(true))
      .catch(() => setError(label('reading_copy_failed', 'Could not copy to the clipboard.')));
  };
  const arabicUi = uiDirection() === 'rtl';
  return (
    <>
      <TermCard
        titleId="dalil-tooltip-title"
        ar={ar}
        written={entity.text}
        en={en}
        type={entity.type}
        kind={description?.kind ?? entity.kind}
        path={description?.path}
        desc={description?.desc}
        inferred={entity.source === 'context' || entity.source === 'variant'}
        transliterated={entity.transliterated}
        source={description?.sources?.length ? sourceLine(description.sources) : undefined}
        onSource={() => void send({ type: 'openAbout' }).catch(() => undefined)}
        saved={saved}
        busy={busy}
        error={error}
        onToggleSave={toggleSave}
        onCopy={copy}
        copied={copied}
        note={description?.note ?? entity.note}
        status={status ?? description?.status ?? entity.status}
        onStatus={changeStatus}
        bundledEn={description?.bundledEn}
      >
        <EntityFacts
          type={entity.type}
          roles={description?.roles}
          country={description?.country}
          acronym={description?.acronym}
        />
        {location && (
          <LocatorMap
            lat={location.lat}
            lon={location.lon}
            country={location.country}
            kind={location.kind}
            arabic={arabicUi}
            label={placeSentence(arabicUi ? ar : en, description?.path, location.country, arabicUi)}
          />
        )}
      </TermCard>
      {undoable && !saved && (
        <p class="undo" role="status">
          {label('reading_unsaved', 'Removed from your glossary.')}{' '}
          <button type="button" onClick={undo} disabled={busy}>
            {label('reading_undo', 'Undo')}
          </button>
        </p>
      )}
    </>
  );
}

export class TooltipHost {
  private readonly frame: TooltipFrame;
  private current: TooltipRequest | undefined;
  private toggle: ((event: Event) => void) | undefined;
  private mount: HTMLElement | undefined;

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
    this.mount = mount;
    render(
      <Tooltip
        key={`${request.entity.start}:${request.entity.end}:${request.entity.name_ar}`}
        request={request}
        registerToggle={(toggle) => {
          this.toggle = toggle;
        }}
        announce={(text) => this.announce(text)}
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

  /** The "S" shortcut; `event` is the key press, which must be the reader's own. */
  toggleSave(event: Event): void {
    this.toggle?.(event);
  }

  /** Moves focus to the tooltip's next (or previous) control, round and round. */
  cycleFocus(step: 1 | -1): void {
    const controls = Array.from(
      this.mount?.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, select, textarea') ??
        [],
    );
    if (controls.length === 0) return;
    const root = this.mount?.getRootNode() as ShadowRoot | Document | undefined;
    const at = controls.indexOf(root?.activeElement as HTMLElement);
    const next =
      at < 0 ? (step === 1 ? 0 : controls.length - 1) : (at + step + controls.length) % controls.length;
    controls[next].focus({ preventScroll: true });
  }

  /** Gives keyboard focus back to the open tooltip. */
  focus(): void {
    if (this.current) this.frame.focus();
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
