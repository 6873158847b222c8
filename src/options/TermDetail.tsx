/**
 * One saved term: names, where it is, the sentences it was met in (with links back to
 * the pages), and a form to edit its English, note, tags and learning status.
 *
 * Another tab may edit the same term meanwhile. The form remembers the term as it was when
 * the reader started editing (`base`): saving writes only the fields changed since then,
 * and a field the other tab changed too is a conflict, shown and never silently dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import { glossaryDb, type LearningStatus, type SavedTerm, type StoredEntry } from '../glossary/db';
import { TermConflict, updateTerm } from '../glossary/terms';
import { kindLabel } from '../ui/labels';
import { formatDate, g } from './i18n';
import { Place } from './Place';
import { DetailHeader, PageLink, StatusField } from './ViewParts';

interface Props {
  term: SavedTerm;
  onClose: () => void;
  onDelete: (term: SavedTerm) => void;
}

function splitTags(text: string): string[] {
  return text
    .split(/[,،;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

export function TermDetail({ term, onClose, onDelete }: Props) {
  const [en, setEn] = useState(term.en);
  const [note, setNote] = useState(term.note);
  const [tags, setTags] = useState(term.tags.join(', '));
  const [status, setStatus] = useState<LearningStatus>(term.status);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState(false);
  const [entry, setEntry] = useState<StoredEntry | undefined>();
  const [base, setBase] = useState(term);

  const edits = () => ({ en: en.trim(), note, tags: splitTags(tags), status });
  const dirty = () => {
    const now = edits();
    return (
      now.en !== base.en ||
      now.note !== base.note ||
      now.status !== base.status ||
      now.tags.join('\n') !== base.tags.join('\n')
    );
  };
  const reset = (to: SavedTerm) => {
    setBase(to);
    setEn(to.en);
    setNote(to.note);
    setTags(to.tags.join(', '));
    setStatus(to.status);
  };

  useEffect(() => {
    reset(term);
    setMessage('');
    setConflict(false);
  }, [term.key]);
  // Changed elsewhere: shown at once, unless the reader is editing (then saving decides).
  useEffect(() => {
    if (term.key === base.key && term.updatedAt !== base.updatedAt && !dirty()) reset(term);
  }, [term.updatedAt]);

  useEffect(() => {
    let live = true;
    setEntry(undefined);
    if (term.entryId) {
      glossaryDb()
        .entries.get(term.entryId)
        .then((found) => live && setEntry(found))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [term.entryId]);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await updateTerm(glossaryDb(), term.key, edits(), Date.now(), base);
      if (saved) reset(saved);
      setConflict(false);
      setMessage(g('detail_saved', 'Changes saved.'));
    } catch (error) {
      setConflict(error instanceof TermConflict);
      if (error instanceof TermConflict) {
        // The form keeps the reader's version; saving again now replaces the other tab's.
        if (error.current) setBase(error.current);
        setMessage(
          error.current
            ? g(
                'detail_conflict',
                'Not saved: this term was changed in another tab ($1). Save again to replace that change with yours.',
                [error.fields.join(', ')],
              )
            : g('detail_conflict_deleted', 'Not saved: this term was deleted in another tab.'),
        );
      } else setMessage(g('detail_save_failed', 'Could not save: $1', [String(error)]));
    }
  };

  const titleId = 'term-detail-title';
  return (
    <section class="detail" aria-labelledby={titleId}>
      <DetailHeader titleId={titleId} ar={term.ar} en={term.en} onClose={onClose} />
      <p class="muted">
        {kindLabel(term.type, term.kind)} ·{' '}
        {term.entryId ? g('detail_from_pack', 'from the bundled glossary') : g('detail_own', 'your own term')}
      </p>
      {term.type === 'place' && (
        <Place
          name={term.en || term.ar}
          path={term.path}
          country={term.country}
          lat={entry?.lat}
          lon={entry?.lon}
          kind={term.kind}
        />
      )}
      <form class="edit" onSubmit={save}>
        <label>
          {g('field_english', 'English')}
          <input
            type="text"
            dir="ltr"
            value={en}
            maxLength={200}
            onInput={(e) => setEn(e.currentTarget.value)}
          />
        </label>
        <label>
          {g('field_note', 'Note')}
          <textarea
            dir="auto"
            rows={3}
            value={note}
            maxLength={5000}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <label>
          {g('field_tags', 'Tags (separated by commas)')}
          <input type="text" dir="auto" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <StatusField label={g('field_status', 'Learning status')} value={status} onChange={setStatus} />
        <div class="actions">
          <button type="submit">{g('detail_save', 'Save changes')}</button>
          <button type="button" class="danger" onClick={() => onDelete(term)}>
            {g('detail_delete', 'Delete term')}
          </button>
        </div>
        <p role={conflict ? 'alert' : 'status'} class={conflict ? 'conflict' : 'muted'}>
          {message}
        </p>
      </form>
      <h4>{g('detail_contexts', 'Where you met it')}</h4>
      <p class="muted">
        {g('detail_counts', 'Seen $1 times; first $2, last $3.', [
          term.timesSeen,
          formatDate(term.firstSeen),
          formatDate(term.lastSeen),
        ])}
      </p>
      {term.contexts.length === 0 ? (
        <p class="muted">{g('detail_no_contexts', 'No sentence recorded.')}</p>
      ) : (
        <ul class="contexts">
          {term.contexts.map((context) => (
            <li key={`${context.url}\n${context.sentence}`}>
              <blockquote dir="rtl" lang="ar">
                {context.sentence}
              </blockquote>
              <div class="source" dir="auto">
                <PageLink page={context} /> ·{' '}
                <time dateTime={new Date(context.seenAt).toISOString()}>{formatDate(context.seenAt)}</time>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
