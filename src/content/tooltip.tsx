/**
 * The tooltip host: a shadow root attached to <html> only when a tooltip first opens,
 * so the article's DOM is never touched. It is a non-modal dialog (it holds a button),
 * labelled by the term's names, positioned beside the word and inside the viewport.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Description, PageEntity, TermContext } from '../common/messages';
import { sendToBackground } from '../common/send';
import { TermCard } from '../ui/TermCard';
import { GAP, placeTooltip } from './placement';
import { TOOLTIP_CSS } from './tooltip-style';

export interface TooltipRequest {
  entity: PageEntity;
  anchor: DOMRect;
  context: TermContext;
  onSavedChange: (saved: boolean) => void;
}

function Tooltip({ request, onPointer }: { request: TooltipRequest; onPointer: (inside: boolean) => void }) {
  const { entity, anchor, context } = request;
  const [description, setDescription] = useState<Description | undefined>();
  const [saved, setSaved] = useState(entity.saved);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [position, setPosition] = useState({ top: anchor.bottom + GAP, left: anchor.left });

  useEffect(() => {
    let live = true;
    if (entity.id) {
      sendToBackground<Description | undefined>({ type: 'describe', id: entity.id })
        .then((value) => live && setDescription(value))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [entity.id]);

  const toggleSave = async () => {
    setBusy(true);
    setError(undefined);
    try {
      if (saved) {
        await sendToBackground({ type: 'unsaveTerm', term: { entryId: entity.id, ar: entity.name_ar } });
      } else {
        await sendToBackground({
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
      setError(`Could not save: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  const titleId = 'dalil-tooltip-title';
  return (
    <div
      class="tooltip"
      role="dialog"
      aria-labelledby={titleId}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      ref={(element) => {
        if (!element) return;
        const rect = element.getBoundingClientRect();
        const next = placeTooltip(anchor, rect.width, rect.height, {
          width: innerWidth,
          height: innerHeight,
        });
        if (next.top !== position.top || next.left !== position.left) setPosition(next);
      }}
      onMouseEnter={() => onPointer(true)}
      onMouseLeave={() => onPointer(false)}
    >
      <TermCard
        titleId={titleId}
        ar={description?.ar ?? entity.name_ar}
        en={description?.en ?? entity.name_en}
        type={entity.type}
        kind={description?.kind ?? entity.kind}
        path={description?.path}
        desc={description?.desc}
        inferred={entity.source !== 'glossary'}
        attribution={description?.attribution}
        saved={saved}
        busy={busy}
        error={error}
        onToggleSave={toggleSave}
      />
    </div>
  );
}

export class TooltipHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private pointerInside = false;
  private current: TooltipRequest | undefined;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  get hasPointer(): boolean {
    return this.pointerInside;
  }

  private ensureRoot(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    const host = this.doc.createElement('dalil-tooltip');
    // Inline !important beats any page rule, so the page cannot hide or move the host.
    host.setAttribute(
      'style',
      'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; z-index: 2147483647 !important; display: block !important;',
    );
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    root.adoptedStyleSheets = [sheet];
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    return root;
  }

  show(request: TooltipRequest): void {
    this.current = request;
    const root = this.ensureRoot();
    render(
      <Tooltip
        key={`${request.entity.start}:${request.entity.end}`}
        request={request}
        onPointer={(inside) => {
          this.pointerInside = inside;
        }}
      />,
      root,
    );
  }

  /** Moves keyboard focus into the tooltip (its first button). */
  focus(): void {
    this.root?.querySelector<HTMLElement>('button')?.focus();
  }

  hide(): void {
    if (!this.root) return;
    render(null, this.root);
    this.current = undefined;
    this.pointerInside = false;
  }

  contains(node: Node | null): boolean {
    return node !== null && this.host !== undefined && (node === this.host || this.host.contains(node));
  }
}
