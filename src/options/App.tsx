/**
 * The glossary page: saved terms, the whole bundled glossary, import/export and backup,
 * settings, and where the data comes from, as tabs.
 */
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { glossaryDb } from '../glossary/db';
import type { PackProgress } from '../glossary/pack-loader';
import { packIndexInfo } from '../glossary/pack-search';
import { About } from './About';
import { BackupPanel } from './BackupPanel';
import { BrowseView } from './BrowseView';
import { useAllTerms } from './hooks';
import { ImportPanel } from './ImportPanel';
import { g } from './i18n';
import { SavedView } from './SavedView';
import { Settings } from './Settings';
import { Tabs } from './Tabs';

function usePackReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Ready means searchable: loaded, and with its index (a database upgraded from schema
    // version 2 has the entries before the worker has rebuilt the index).
    const ready = async () => {
      const [row, info] = await Promise.all([
        glossaryDb().meta.get('packProgress'),
        packIndexInfo(glossaryDb()),
      ]);
      return Boolean((row?.value as PackProgress | undefined)?.done && info);
    };
    const subscription = liveQuery(ready).subscribe({
      next: setReady,
      error: () => setReady(false),
    });
    return () => subscription.unsubscribe();
  }, []);
  return ready;
}

export function App() {
  const { terms, error } = useAllTerms();
  const packReady = usePackReady();
  const savedKeys = useMemo(() => new Set((terms ?? []).map((term) => term.key)), [terms]);

  return (
    <main class="page">
      <header class="page-header">
        <h1>
          Dalil <span lang="ar">دليل</span> — {g('title', 'your glossary')}
        </h1>
      </header>
      {error && <p role="alert">{g('open_failed', 'The glossary could not be opened: $1', [error])}</p>}
      <Tabs
        label={g('sections', 'Glossary sections')}
        tabs={[
          {
            id: 'saved',
            label: terms
              ? g('tab_saved_count', 'Saved terms ($1)', [terms.length])
              : g('tab_saved', 'Saved terms'),
            render: () =>
              terms ? <SavedView terms={terms} /> : <p class="muted">{g('loading', 'Loading…')}</p>,
          },
          {
            id: 'browse',
            label: g('tab_browse', 'Browse glossary'),
            render: () => <BrowseView savedKeys={savedKeys} packReady={packReady} />,
          },
          {
            id: 'transfer',
            label: g('tab_transfer', 'Import and export'),
            render: () => (
              <>
                <ImportPanel />
                <BackupPanel termCount={terms?.length ?? 0} />
              </>
            ),
          },
          { id: 'settings', label: g('tab_settings', 'Settings'), render: () => <Settings /> },
          { id: 'about', label: g('tab_about', 'About'), render: () => <About /> },
        ]}
      />
    </main>
  );
}
