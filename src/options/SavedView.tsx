/**
 * The reader's saved terms: search (Arabic-aware, on the terms' search keys), filters,
 * sorting, a virtualised table, bulk actions, exports of what is shown, and a detail panel.
 */
import { useMemo, useState } from 'preact/hooks';
import { glossaryDb, type SavedTerm } from '../glossary/db';
import { type ExportKind, exportTerms } from '../glossary/export';
import { facets, filterTerms, matchTerms, sortTerms } from '../glossary/query';
import { addTag, deleteTerms, restoreTerms, setStatus } from '../glossary/terms';
import { BulkBar } from './BulkBar';
import { download } from './download';
import { Filters, type FilterValues } from './Filters';
import { useDebounced } from './hooks';
import { g } from './i18n';
import { TermDetail } from './TermDetail';
import { TermTable } from './TermTable';
import { UndoBar, type UndoState } from './UndoBar';

export const SEARCH_DEBOUNCE_MS = 80;

export function SavedView({ terms }: { terms: SavedTerm[] }) {
  const [filters, setFilters] = useState<FilterValues>({ text: '', sort: 'recent' });
  const text = useDebounced(filters.text, SEARCH_DEBOUNCE_MS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openKey, setOpenKey] = useState<string | undefined>();
  const [undo, setUndo] = useState<UndoState | undefined>();

  // In memory, as the terms are: a few milliseconds for 10,000 terms (query.ts).
  const matching = useMemo(() => matchTerms(terms, text), [terms, text]);
  const sorted = useMemo(() => sortTerms(terms, filters.sort), [terms, filters.sort]);
  const shown = useMemo(
    () => filterTerms(sorted, { ...filters, text }, matching),
    [sorted, filters, text, matching],
  );
  const { countries, tags } = useMemo(() => facets(terms), [terms]);
  const open = openKey ? terms.find((term) => term.key === openKey) : undefined;
  const known = useMemo(() => new Set(terms.map((term) => term.key)), [terms]);
  const selectedKeys = [...selected].filter((key) => known.has(key));

  const remove = async (keys: string[]) => {
    const deleted = await deleteTerms(glossaryDb(), keys);
    setSelected(new Set());
    if (openKey && keys.includes(openKey)) setOpenKey(undefined);
    const message =
      deleted.length === 1
        ? g('deleted_one', 'Deleted “$1”.', [deleted[0].ar])
        : g('deleted_many', 'Deleted $1 terms.', [deleted.length]);
    setUndo({ message, undo: () => void restoreTerms(glossaryDb(), deleted) });
  };

  const exportAs = (kind: ExportKind, list: SavedTerm[]) => download(exportTerms(kind, list));
  const pick = (keys: string[]) => {
    const wanted = new Set(keys);
    return sorted.filter((term) => wanted.has(term.key));
  };
  const resetKey = JSON.stringify([
    filters.sort,
    filters.type,
    filters.country,
    filters.status,
    filters.tag,
    text,
  ]);

  return (
    <div class="saved-view">
      <div class="toolbar">
        <Filters
          values={filters}
          onChange={setFilters}
          countries={countries}
          tags={tags}
          searchLabel={g('search_saved', 'Search saved terms')}
        />
        <fieldset class="exports">
          <legend class="visually-hidden">{g('export_label', 'Export the terms shown')}</legend>
          <button type="button" onClick={() => exportAs('csv', shown)} disabled={!shown.length}>
            {g('export_csv', 'Export CSV')}
          </button>
          <button type="button" onClick={() => exportAs('json', shown)} disabled={!shown.length}>
            {g('export_json', 'Export JSON')}
          </button>
          <button type="button" onClick={() => exportAs('anki', shown)} disabled={!shown.length}>
            {g('export_anki', 'Export Anki')}
          </button>
        </fieldset>
      </div>
      <p class="muted" aria-live="polite">
        {g('shown_count', 'Showing $1 of $2 saved terms.', [shown.length, terms.length])}
      </p>
      {selectedKeys.length > 0 && (
        <BulkBar
          count={selectedKeys.length}
          onStatus={(status) => void setStatus(glossaryDb(), selectedKeys, status)}
          onTag={(tag) => void addTag(glossaryDb(), selectedKeys, tag)}
          onDelete={() => void remove(selectedKeys)}
          onExport={(kind) => exportAs(kind, pick(selectedKeys))}
          onClear={() => setSelected(new Set())}
        />
      )}
      <UndoBar state={undo} onDone={() => setUndo(undefined)} />
      {terms.length === 0 ? (
        <p class="empty">
          {g(
            'empty',
            'No saved terms yet. Hover a highlighted name on an Arabic news page and press Save, or select a name and choose “Add to Dalil glossary” from the context menu.',
          )}
        </p>
      ) : (
        <div class={open ? 'split' : 'single'}>
          <TermTable
            terms={shown}
            selected={selected}
            openKey={openKey}
            resetKey={resetKey}
            onOpen={(key) => setOpenKey(key === openKey ? undefined : key)}
            onToggle={(key) => {
              const next = new Set(selected);
              if (!next.delete(key)) next.add(key);
              setSelected(next);
            }}
            onToggleAll={(select) => setSelected(select ? new Set(shown.map((term) => term.key)) : new Set())}
          />
          {open && (
            <TermDetail
              term={open}
              onClose={() => setOpenKey(undefined)}
              onDelete={(term) => void remove([term.key])}
            />
          )}
        </div>
      )}
    </div>
  );
}
