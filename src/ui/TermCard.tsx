/**
 * The bilingual card shown in the tooltip (and reused by the glossary page): Arabic
 * name right-to-left, English left-to-right, what it is and where. Everything is
 * rendered as text; no entry or page string is ever parsed as HTML.
 */
import type { EntityType } from '../common/pack';
import { kindLabel } from './labels';

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
  attribution?: string[];
  saved: boolean;
  busy?: boolean;
  error?: string;
  onToggleSave: () => void;
}

export function TermCard(props: TermCardProps) {
  const { titleId, ar, en, type, kind, path, desc, inferred, attribution, saved, busy, error, onToggleSave } =
    props;
  return (
    <div class="card">
      <div class="names" id={titleId}>
        <span class="ar" dir="rtl" lang="ar">
          {ar}
        </span>
        <span class="en" dir="ltr" lang="en">
          {en}
        </span>
      </div>
      <div class={`kind kind-${type}`}>{kindLabel(type, kind)}</div>
      {path && path.length > 0 && (
        <div class="path" dir="ltr">
          {path.map(([, english]) => english).join(' › ')}
          <div class="path-ar" dir="rtl" lang="ar">
            {path.map(([arabic]) => arabic).join('، ')}
          </div>
        </div>
      )}
      {desc && <p class="desc">{desc}</p>}
      {inferred && (
        <p class="inferred">Found from context: not in the glossary; the English is a transliteration.</p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="save" aria-pressed={saved} disabled={busy} onClick={onToggleSave}>
          {saved ? 'Saved' : 'Save'}
        </button>
      </div>
      {attribution && attribution.length > 0 && (
        <footer class="attribution">{attribution.join(' · ')}</footer>
      )}
    </div>
  );
}
