/**
 * "Add to Dalil glossary": the selection, prefilled from the glossary when it names a
 * known entry (the background's `lookupName`), with the sentence it was met in. The reader
 * corrects the English and type, adds a note, tags and a status, and saves.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LookupNameResult, NameMatch } from '../common/messages';
import type { EntityType } from '../common/pack';
import { send } from '../common/send';
import { kindLabel, label } from '../ui/labels';
import { choiceOf, englishSuggestion, KIND_CHOICES, type SuggestionSource } from './kinds';
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
  const [choice, setChoice] = useState(KIND_CHOICES[0]?.id ?? 'place');
  // Where the English came from while the reader has not changed it.
  const [suggested, setSuggested] = useState<SuggestionSource | undefined>();
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
          const suggestion = englishSuggestion(ar, best);
          setEn(result.saved?.en ?? suggestion?.en ?? '');
          setSuggested(result.saved ? undefined : suggestion?.source);
          setChoice(choiceOf(result.saved?.type ?? best?.type ?? 'place', best?.kind).id);
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
    const suggestion = englishSuggestion(ar, match);
    setEn(suggestion?.en ?? '');
    setSuggested(suggestion?.source);
    if (match) setChoice(choiceOf(match.type, match.kind).id);
  };
  const kind = KIND_CHOICES.find((candidate) => candidate.id === choice) ?? choiceOf('place', undefined);
  const type: EntityType = kind.type;

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
        term: {
          entryId: match?.id,
          ar: match?.ar ?? name,
          en: en.trim(),
          type,
          kind: match?.kind ?? (kind.kind || undefined),
        },
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
          <input
            dir="ltr"
            maxLength={200}
            value={en}
            aria-describedby={suggested ? 'en-suggested' : undefined}
            onInput={(e) => {
              setEn(e.currentTarget.value);
              setSuggested(undefined);
            }}
          />
        </label>
        {suggested && (
          <p id="en-suggested" class="muted hint">
            {suggested === 'glossary'
              ? g('add_en_glossary', 'Suggested from the glossary.')
              : g('add_en_transliterated', 'Suggested transliteration: check it.')}
          </p>
        )}
        <label>
          {g('field_kind', 'Kind')}
          <select value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {KIND_CHOICES.map((option) => (
              <option key={option.id} value={option.id}>
                {g(`kind_choice_${option.id}`, option.english)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {g('field_sentence', 'Sentence')}
          <textarea
            class="sentence"
            dir="rtl"
            lang="ar"
            rows={4}
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
