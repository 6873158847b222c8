/**
 * Import a glossary file (Dalil JSON, or CSV through a column mapping): read and check
 * everything first, preview what will happen and by which duplicate rule, then write it
 * all in one transaction. A file with any problem is refused whole.
 */

import { useState } from 'preact/hooks';
import { userMessage } from '../common/errors';
import { glossaryDb } from '../glossary/db';
import { decodeText, detectKind } from '../glossary/decode';
import {
  applyImport,
  type ImportPlan,
  type ParsedImport,
  type Problem,
  planImport,
} from '../glossary/import';
import { type ColumnMapping, type CsvPreview, parseCsvImport, previewCsv } from '../glossary/import-csv';
import { parseJsonImport } from '../glossary/import-json';
import { CsvMapping } from './CsvMapping';
import { g } from './i18n';
import { Problems, ProgressBar } from './Problems';
import { FilePicker } from './ViewParts';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; done: number; total: number }
  | { kind: 'mapping'; text: string; preview: CsvPreview; mapping: ColumnMapping }
  | { kind: 'refused'; problems: Problem[]; count: number; unit: string }
  | { kind: 'preview'; plan: ImportPlan }
  | { kind: 'done'; count: number };

export function ImportPanel() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [name, setName] = useState('');
  const progress = (label: string) => (done: number, total: number) =>
    setStep({ kind: 'busy', label, done, total });

  const check = async (parsed: ParsedImport, unit: string) => {
    if (parsed.problemCount > 0) {
      setStep({ kind: 'refused', problems: parsed.problems, count: parsed.problemCount, unit });
      return;
    }
    if (parsed.terms.length === 0) {
      setStep({
        kind: 'refused',
        problems: [{ message: g('import_no_terms', 'The file holds no terms.') }],
        count: 1,
        unit,
      });
      return;
    }
    setStep({ kind: 'preview', plan: await planImport(glossaryDb(), parsed) });
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setName(file.name);
    progress(g('import_reading', 'Reading the file…'))(0, file.size);
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    const refuse = (message: string) =>
      setStep({ kind: 'refused', problems: [{ message }], count: 1, unit: g('unit_row', 'row') });
    if (!decoded.ok) return refuse(decoded.error);
    const kind = detectKind(decoded.text);
    if (!kind.ok) return refuse(kind.error);
    if (kind.kind === 'backup') {
      return refuse(
        g('import_is_backup', 'This is a full backup: restore it under “Backup and restore” below.'),
      );
    }
    if (kind.kind === 'csv') {
      const preview = previewCsv(decoded.text);
      setStep({ kind: 'mapping', text: decoded.text, preview, mapping: preview.mapping });
      return;
    }
    const parsed = await parseJsonImport(decoded.text, progress(g('import_checking', 'Checking the terms…')));
    await check(parsed, g('unit_term', 'term'));
  };

  const readCsv = async (text: string, mapping: ColumnMapping) => {
    const parsed = await parseCsvImport(text, mapping, progress(g('import_checking', 'Checking the terms…')));
    await check(parsed, g('unit_row', 'row'));
  };

  const write = async (plan: ImportPlan) => {
    try {
      const count = await applyImport(glossaryDb(), plan.terms, progress(g('import_writing', 'Importing…')));
      setStep({ kind: 'done', count });
    } catch (error) {
      setStep({ kind: 'refused', problems: [{ message: userMessage(error) }], count: 1, unit: '' });
    }
  };

  return (
    <section aria-labelledby="import-title" class="panel">
      <h3 id="import-title">{g('import_title', 'Import terms')}</h3>
      <p class="muted">
        {g(
          'import_help',
          'A JSON file exported by Dalil, or a CSV file (UTF-8) with a header row. You will see what the file holds before anything changes.',
        )}
      </p>
      <FilePicker
        label={g('import_choose', 'Choose a file to import')}
        accept=".json,.csv,.txt,application/json,text/csv"
        onFile={(file) => void choose(file)}
      />
      {name && step.kind !== 'idle' && (
        <p class="muted" dir="auto">
          {name}
        </p>
      )}
      {step.kind === 'busy' && <ProgressBar label={step.label} done={step.done} total={step.total} />}
      {step.kind === 'refused' && <Problems problems={step.problems} count={step.count} unit={step.unit} />}
      {step.kind === 'mapping' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void readCsv(step.text, step.mapping);
          }}
        >
          <CsvMapping
            preview={step.preview}
            mapping={step.mapping}
            onChange={(mapping) => setStep({ ...step, mapping })}
          />
          <div class="actions">
            <button type="submit" disabled={step.mapping.arabic < 0}>
              {g('import_check', 'Check the file')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {g('cancel', 'Cancel')}
            </button>
          </div>
        </form>
      )}
      {step.kind === 'preview' && (
        <div class="preview">
          <p role="status">
            {g(
              'import_summary',
              '$1 rows: $2 new terms, $3 already in your glossary, $4 duplicates within the file.',
              [step.plan.rows, step.plan.added, step.plan.merged, step.plan.duplicatesInFile],
            )}
          </p>
          <p class="muted">
            {g(
              'import_rule',
              'Duplicates (the same glossary entry, or the same Arabic name for your own terms) become one term: the more recently edited English, note and status win; tags and sentences are combined; first and last seen span both; times seen is the larger count.',
            )}
          </p>
          <div class="actions">
            <button type="button" onClick={() => void write(step.plan)}>
              {g('import_go', 'Import $1 terms', [step.plan.terms.length])}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {g('cancel', 'Cancel')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'done' && <p role="status">{g('import_done', 'Imported $1 terms.', [step.count])}</p>}
    </section>
  );
}
