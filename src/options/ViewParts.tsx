/** Pieces the glossary page's views show alike: terms, entries, their pages and files. */
import type { ComponentChildren } from 'preact';
import { LEARNING_STATUSES, type LearningStatus } from '../common/pack';
import { g, safeHref, statusLabel } from './i18n';

/** A choice of learning status, named by `label`. */
export function StatusField(props: {
  label: ComponentChildren;
  class?: string;
  value: LearningStatus;
  onChange: (status: LearningStatus) => void;
}) {
  return (
    <label class={props.class}>
      {props.label}
      <select
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as LearningStatus)}
      >
        {LEARNING_STATUSES.map((value) => (
          <option key={value} value={value}>
            {statusLabel(value)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The page a sentence was met on: its title (or URL), a link only when the URL is safe to open. */
export function PageLink({ page }: { page: { url: string; title: string } }) {
  const href = safeHref(page.url);
  const name = page.title || page.url;
  return href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {name}
    </a>
  ) : (
    name
  );
}

/** The head of a detail panel: both names as its title, and the button that closes it. */
export function DetailHeader(props: { titleId: string; ar: string; en: string; onClose: () => void }) {
  return (
    <header class="detail-head">
      <h3 id={props.titleId}>
        <span dir="rtl" lang="ar" class="ar">
          {props.ar}
        </span>{' '}
        <span dir="ltr">{props.en}</span>
      </h3>
      <button type="button" onClick={props.onClose}>
        {g('detail_close', 'Close details')}
      </button>
    </header>
  );
}

/** A file chooser that hands over the chosen file and forgets it, so the same file can be chosen again. */
export function FilePicker(props: {
  label: string;
  accept: string;
  onFile: (file: File | undefined) => void;
}) {
  return (
    <label class="file">
      {props.label}
      <input
        type="file"
        accept={props.accept}
        onChange={(event) => {
          const input = event.currentTarget;
          props.onFile(input.files?.[0]);
          input.value = '';
        }}
      />
    </label>
  );
}
