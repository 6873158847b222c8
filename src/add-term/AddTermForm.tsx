/**
 * "Add to Dalil glossary": the selection, prefilled from the glossary when it names a
 * known entry (the background's `lookupName`), with the sentence it was met in. The reader
 * corrects the English and type, adds a note, tags and a status, and saves.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LookupNameResult, NameMatch } from '../common/messages';
import { ENTITY_TYPES, type EntityType } from '../common/pack';
import { send } from '../common/send';
import { kindLabel, label, typeLabel } from '../ui/labels';
import { type AddTermParams, hasArabic } from './params';

const g = (key: string, english: string, subs?: Array<string | number>) =>
  label(`glossary_${key}`, english, subs);
const OWN = '';

function matchLabel(match: NameMatch): string {
  const where = match.path?.map(([, en]) => en).join(', ');
  return [match.en, kindLabel(match.type, match.kind), where].filter(Boolean).join(' — ');
}

export function AddTermForm({ params }: { params: AddTermParams }) {
  const [ar, setAr] = useState(params.text);
  const [lookup, setLookup] = useState<LookupNameResult>({ matches: [] });
  const [entryId, setEntryId] = useState(OWN);
  const [en, setEn] = useState('');
  const [type, setType] = useState<EntityType>('place');
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<'new' | 'learning' | 'known'>('new');
  const [sentence, setSentence] = useState(params.sentence);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      send({ type: 'lookupName', name: ar })
        .then((result) => {
          if (!live) return;
          setLookup(result);
          const best = result.saved
            ? result.matches.find((match) => match.id === result.saved?.entryId)
            : result.matches[0];
          setEntryId(best?.id ?? OWN);
          setEn(result.saved?.en ?? best?.en ?? '');
          setType(result.saved?.type ?? best?.type ?? 'place');
          if (result.saved) {
            setNote(result.saved.note);
            setTags(result.saved.tags.join(', '));
            setStatus(result.saved.status);
          }
        })
        .catch(() => live && setLookup({ matches: [] }));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ar]);

  const chooseEntry = (id: string) => {
    setEntryId(id);
    const match = lookup.matches.find((candidate) => candidate.id === id);
    if (match) {
      setEn(match.en);
      setType(match.type);
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const name = ar.replace(/\s+/g, ' ').trim();
    if (!hasArabic(name)) {
      setMessage({ text: g('add_need_arabic', 'The name must be written in Arabic.'), error: true });
      return;
    }
    const match = lookup.matches.find((candidate) => candidate.id === entryId);
    try {
      await send({
        type: 'saveTerm',
        term: { entryId: match?.id, ar: match?.ar ?? name, en: en.trim(), type, kind: match?.kind },
        context: { sentence: sentence.trim().slice(0, 2000), url: params.url, title: params.title },
        details: {
          en: en.trim(),
          type,
          note,
          tags: tags
            .split(/[,،;]/)
            .map((tag) => tag.trim())
            .filter(Boolean),
          status,
        },
      });
      setMessage({ text: g('add_saved', 'Saved to your glossary.') });
      setTimeout(() => window.close(), 900);
    } catch (error) {
      setMessage({ text: g('add_failed', 'Could not save: $1', [String(error)]), error: true });
    }
  };

  return (
    <main class="add-term">
      <h1>{g('add_title', 'Add to Dalil glossary')}</h1>
      {lookup.saved && (
        <p class="muted">{g('add_already', 'Already in your glossary: saving adds this sentence.')}</p>
      )}
      <form onSubmit={save}>
        <label>
          {g('field_arabic_name', 'Arabic')}
          <input
            class="ar-input"
            dir="rtl"
            lang="ar"
            required
            maxLength={200}
            value={ar}
            onInput={(e) => setAr(e.currentTarget.value)}
          />
        </label>
        {lookup.matches.length > 0 && (
          <label>
            {g('add_entry', 'Glossary entry')}
            <select value={entryId} onChange={(e) => chooseEntry(e.currentTarget.value)}>
              {lookup.matches.map((match) => (
                <option key={match.id} value={match.id}>
                  {matchLabel(match)}
                </option>
              ))}
              <option value={OWN}>{g('add_own', 'My own term (not in the glossary)')}</option>
            </select>
          </label>
        )}
        <label>
          {g('field_english', 'English')}
          <input dir="ltr" maxLength={200} value={en} onInput={(e) => setEn(e.currentTarget.value)} />
        </label>
        <label>
          {g('field_type', 'Type')}
          <select value={type} onChange={(e) => setType(e.currentTarget.value as EntityType)}>
            {ENTITY_TYPES.map((value) => (
              <option key={value} value={value}>
                {typeLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {g('field_sentence', 'Sentence')}
          <textarea
            dir="rtl"
            lang="ar"
            rows={3}
            maxLength={2000}
            value={sentence}
            onInput={(e) => setSentence(e.currentTarget.value)}
          />
        </label>
        <label>
          {g('field_note', 'Note')}
          <textarea
            dir="auto"
            rows={2}
            maxLength={5000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <label>
          {g('field_tags', 'Tags (separated by commas)')}
          <input dir="auto" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label>
          {g('field_status', 'Learning status')}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as typeof status)}>
            <option value="new">{g('status_new', 'New')}</option>
            <option value="learning">{g('status_learning', 'Learning')}</option>
            <option value="known">{g('status_known', 'Known')}</option>
          </select>
        </label>
        {(params.title || params.url) && (
          <p class="page muted" dir="auto">
            {params.title || params.url}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {g('add_save', 'Save to glossary')}
          </button>
          <button type="button" onClick={() => window.close()}>
            {g('cancel', 'Cancel')}
          </button>
        </div>
        <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'muted'}>
          {message?.text}
        </p>
      </form>
    </main>
  );
}
