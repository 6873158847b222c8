/** The glossary page: saved terms, exports, and where the data comes from. */
import { useEffect, useState } from 'preact/hooks';
import { glossaryDb, type SavedTerm } from '../glossary/db';
import { type ExportKind, exportTerms } from '../glossary/export';
import { listTerms } from '../glossary/terms';
import { About } from './About';
import { download } from './download';
import { SavedTerms } from './SavedTerms';

export function App() {
  const [terms, setTerms] = useState<SavedTerm[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    listTerms(glossaryDb())
      .then(setTerms)
      .catch((failure: unknown) => setError(`The glossary could not be opened: ${String(failure)}`));
  }, []);

  const exportAs = (kind: ExportKind) => terms && download(exportTerms(kind, terms));

  return (
    <main class="page">
      <header class="page-header">
        <h1>
          Dalil <span lang="ar">دليل</span> — your glossary
        </h1>
        <fieldset class="exports">
          <legend class="visually-hidden">Export saved terms</legend>
          <button type="button" onClick={() => exportAs('csv')} disabled={!terms?.length}>
            Export CSV
          </button>
          <button type="button" onClick={() => exportAs('json')} disabled={!terms?.length}>
            Export JSON
          </button>
          <button type="button" onClick={() => exportAs('anki')} disabled={!terms?.length}>
            Export Anki
          </button>
        </fieldset>
      </header>
      {error && <p role="alert">{error}</p>}
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">Saved terms {terms ? `(${terms.length})` : ''}</h2>
        {terms ? <SavedTerms terms={terms} /> : <p class="muted">Loading…</p>}
      </section>
      <About />
    </main>
  );
}
