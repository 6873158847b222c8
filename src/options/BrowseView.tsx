/**
 * The whole bundled glossary (~80,000 entries), never loaded at once: a search or a page
 * of browsing reads a few rows of the pack's index (src/glossary/pack-index.ts), then the
 * entries shown, 100 at a time as rows scroll into view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { glossaryDb, type StoredEntry } from '../glossary/db';
import { type EntryResult, entryCountries, queryEntries } from '../glossary/query';
import { saveTerm } from '../glossary/terms';
import { kindLabel } from '../ui/labels';
import { EntryDetail } from './EntryDetail';
import { Filters, type FilterValues } from './Filters';
import { useDebounced } from './hooks';
import { countryLabel, g } from './i18n';
import { SEARCH_DEBOUNCE_MS } from './SavedView';
import { VirtualTable } from './VirtualTable';

const PAGE = 100;
const ROW_HEIGHT = 48;

export async function saveEntry(entry: StoredEntry): Promise<void> {
  await saveTerm(
    glossaryDb(),
    { entryId: entry.id, ar: entry.ar, en: entry.en, type: entry.type, kind: entry.kind },
    { sentence: '', url: '', title: '' },
    entry,
  );
}

export function BrowseView({ savedKeys, packReady }: { savedKeys: Set<string>; packReady: boolean }) {
  const [filters, setFilters] = useState<FilterValues>({ text: '', sort: 'recent' });
  const text = useDebounced(filters.text, SEARCH_DEBOUNCE_MS);
  const [result, setResult] = useState<EntryResult | undefined>();
  const [countries, setCountries] = useState<string[]>([]);
  const [open, setOpen] = useState<StoredEntry | undefined>();
  const [, setLoadedPages] = useState(0);
  const pages = useRef(new Map<number, StoredEntry[] | 'loading'>());

  useEffect(() => {
    if (packReady) entryCountries(glossaryDb()).then(setCountries, () => setCountries([]));
  }, [packReady]);

  useEffect(() => {
    let live = true;
    queryEntries(glossaryDb(), { text, type: filters.type, country: filters.country }).then((next) => {
      if (!live) return;
      pages.current = new Map();
      setResult(next);
    });
    return () => {
      live = false;
    };
  }, [text, filters.type, filters.country, packReady]);

  const rowAt = (index: number): StoredEntry | undefined => {
    const number = Math.floor(index / PAGE);
    const page = pages.current.get(number);
    if (page === undefined && result) {
      const current = pages.current;
      current.set(number, 'loading');
      result.read(number * PAGE, PAGE).then((rows) => {
        current.set(number, rows);
        setLoadedPages((n) => n + 1);
      });
    }
    return Array.isArray(page) ? page[index % PAGE] : undefined;
  };

  const toggleSave = async (entry: StoredEntry) => {
    if (savedKeys.has(entry.id)) await glossaryDb().terms.delete(entry.id);
    else await saveEntry(entry);
  };

  return (
    <div class="browse-view">
      <div class="toolbar">
        <Filters
          values={filters}
          onChange={setFilters}
          countries={countries}
          searchLabel={g('search_pack', 'Search the bundled glossary')}
        />
      </div>
      {!packReady && <p class="muted">{g('pack_loading', 'The bundled glossary is still being stored…')}</p>}
      <p class="muted" aria-live="polite">
        {/* Until the pack and its index are stored, a search finds nothing: no count to give. */}
        {packReady &&
          result &&
          (result.truncated
            ? // The first matches by rank: SEARCH_LIMIT of them, or fewer when a type or country
              // filter keeps only some of a very common prefix's precomputed matches.
              result.total > 0
              ? g('browse_truncated', 'Showing the first $1 matches; type more to narrow the search.', [
                  result.total,
                ])
              : g(
                  'browse_truncated_none',
                  "None of this prefix's most common matches fit the filters; type more of the name.",
                )
            : g('browse_count', '$1 entries.', [result.total]))}
      </p>
      <div class={open ? 'split' : 'single'}>
        <VirtualTable
          caption={g('browse_caption', 'Bundled glossary entries')}
          columns={5}
          rowCount={result?.total ?? 0}
          rowHeight={ROW_HEIGHT}
          resetKey={JSON.stringify([text, filters.type, filters.country])}
          header={
            <>
              <th scope="col">{g('col_arabic', 'Arabic')}</th>
              <th scope="col">{g('col_english', 'English')}</th>
              <th scope="col">{g('col_type', 'Type')}</th>
              <th scope="col">{g('col_country', 'Country')}</th>
              <th scope="col">
                <span class="visually-hidden">{g('col_saved', 'Saved')}</span>
              </th>
            </>
          }
          renderRow={(index) => {
            const entry = rowAt(index);
            if (!entry) {
              return (
                <tr key={`loading-${index}`} aria-rowindex={index + 2} class="compact">
                  <td colSpan={5} class="muted">
                    {g('loading', 'Loading…')}
                  </td>
                </tr>
              );
            }
            const saved = savedKeys.has(entry.id);
            return (
              <tr key={entry.id} aria-rowindex={index + 2} class="compact">
                <td class="ar" dir="rtl" lang="ar">
                  <button
                    type="button"
                    class="link-button"
                    aria-expanded={open?.id === entry.id}
                    onClick={() => setOpen(open?.id === entry.id ? undefined : entry)}
                  >
                    {entry.ar}
                  </button>
                </td>
                <td dir="ltr">{entry.en}</td>
                <td>{kindLabel(entry.type, entry.kind)}</td>
                <td>{countryLabel(entry.country)}</td>
                <td>
                  <button
                    type="button"
                    aria-pressed={saved}
                    aria-label={
                      saved
                        ? g('unsave_entry', 'Remove $1 from saved terms', [entry.ar])
                        : g('save_entry', 'Save $1', [entry.ar])
                    }
                    onClick={() => void toggleSave(entry)}
                  >
                    {saved ? g('saved', 'Saved') : g('save', 'Save')}
                  </button>
                </td>
              </tr>
            );
          }}
        />
        {open && (
          <EntryDetail
            entry={open}
            saved={savedKeys.has(open.id)}
            onToggleSave={() => void toggleSave(open)}
            onClose={() => setOpen(undefined)}
          />
        )}
      </div>
    </div>
  );
}
