/**
 * The bilingual card shown in the tooltip (and reused by the glossary page): Arabic
 * name right-to-left, English left-to-right, what it is and where, the reader's note
 * and learning status, Save and Copy. Everything is rendered as text; no entry or page
 * string is ever parsed as HTML.
 */
import type { ComponentChildren } from 'preact';
import { type EntityType, LEARNING_STATUSES, type LearningStatus } from '../common/pack';
import { kindLabel, label } from './labels';

export interface TermCardProps {
  titleId: string;
  ar: string;
  en: string;
  type: EntityType;
  kind?: string;
  /** Admin path, nearest parent first: [Arabic, English]. */
  path?: Array<[string, string]>;
  desc?: string;
  inferred?: boolean;
  /** Where the entry comes from, in short ("GeoNames · WOF"); the full attribution is on the About page. */
  source?: string;
  onSource?: () => void;
  /** The English is Dalil's transliteration, not a name from the glossary. */
  transliterated?: boolean;
  saved: boolean;
  busy?: boolean;
  error?: string;
  onToggleSave: () => void;
  /** Copies "Arabic — English"; the button shows only when given. */
  onCopy?: () => void;
  copied?: boolean;
  /** The reader's note and learning status of the saved term. */
  note?: string;
  status?: string;
  /** Sets the saved term's status: the status shows as a choice of three when given. */
  onStatus?: (status: LearningStatusName, event: Event) => void;
  /** The bundled entry's English, when the reader's own replaces it. */
  bundledEn?: string;
  /** The name as written on the page, when it differs from the glossary's spelling. */
  written?: string;
  /** A locator map or anything else shown under the path. */
  children?: ComponentChildren;
}

const STATUS_ENGLISH: Record<string, string> = { new: 'New', learning: 'Learning', known: 'Known' };
export type LearningStatusName = LearningStatus;
const statusLabel = (status: string) => label(`reading_status_${status}`, STATUS_ENGLISH[status] ?? status);

export function TermCard(props: TermCardProps) {
  const { titleId, ar, en, type, kind, path, desc, inferred, source, onSource, saved, busy, error } = props;
  const { onToggleSave, onCopy, copied, note, status, written, children, transliterated } = props;
  const { onStatus, bundledEn } = props;
  return (
    <div class="card">
      <div class="names" id={titleId}>
        <span class="ar" dir="rtl" lang="ar">
          {ar}
          {written && written !== ar && <span class="written">{` (${written})`}</span>}
        </span>
        <span class="en-line">
          <span class="en" dir="ltr" lang="en">
            {en}
          </span>
          <span class={`kind kind-${type}`}>{kindLabel(type, kind)}</span>
        </span>
      </div>
      {bundledEn && (
        <p class="bundled" dir="auto">
          {label('reading_bundled_en', 'Bundled glossary: $1', [bundledEn])}
        </p>
      )}
      {path && path.length > 0 && (
        <div class="path">
          <div class="path-en" dir="ltr" lang="en">
            {path.map(([, english]) => english).join(' › ')}
          </div>
          <div class="path-ar" dir="rtl" lang="ar">
            {path.map(([arabic]) => arabic).join('، ')}
          </div>
        </div>
      )}
      {children}
      {desc && (
        <p class="desc" dir="ltr" lang="en">
          {desc}
        </p>
      )}
      {inferred && (
        <p class="inferred">{label('reading_inferred', 'Found from context: not in the glossary.')}</p>
      )}
      {transliterated && (
        <p class="inferred">{label('reading_transliterated', 'The English is a transliteration.')}</p>
      )}
      {saved && (note || status || onStatus) && (
        <div class="mine">
          {onStatus ? (
            <fieldset class="statuses" aria-label={label('reading_status_label', 'Learning status')}>
              {LEARNING_STATUSES.map((choice) => (
                <button
                  key={choice}
                  type="button"
                  class={`status status-${choice}`}
                  aria-pressed={(status ?? 'new') === choice}
                  disabled={busy}
                  onClick={(event) => onStatus(choice, event)}
                >
                  {statusLabel(choice)}
                </button>
              ))}
            </fieldset>
          ) : (
            status && <span class={`status status-${status}`}>{statusLabel(status)}</span>
          )}
          {note && (
            <p class="note" dir="auto">
              {note}
            </p>
          )}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="save"
          aria-pressed={saved}
          aria-keyshortcuts="S"
          disabled={busy}
          onClick={onToggleSave}
        >
          {saved ? label('reading_saved', 'Saved') : label('reading_save', 'Save')}
        </button>
        {onCopy && (
          <button type="button" class="copy" onClick={onCopy}>
            {copied ? label('reading_copied', 'Copied') : label('reading_copy', 'Copy')}
          </button>
        )}
        {source && (
          <footer class="source">
            <button
              type="button"
              class="link"
              onClick={onSource}
              aria-label={label('reading_source', 'Source: $1 (full attribution on the About page)', [
                source,
              ])}
            >
              <bdi dir="ltr">{source}</bdi>
            </button>
          </footer>
        )}
      </div>
    </div>
  );
}
