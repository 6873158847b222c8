/**
 * A full backup of the reader's data (not the bundled pack) with dexie-export-import, and
 * its restore: checked whole first, then the saved terms are replaced in one transaction,
 * and the rest of the reader's data only when asked.
 */
import { useState } from 'preact/hooks';
import {
  backupFilename,
  createBackup,
  type ParsedBackup,
  readBackup,
  restoreBackup,
} from '../glossary/backup';
import { glossaryDb } from '../glossary/db';
import { downloadBlob } from './download';
import { g } from './i18n';
import { Problems, ProgressBar } from './Problems';
import { FilePicker } from './ViewParts';

export function BackupPanel({ termCount }: { termCount: number }) {
  const [backup, setBackup] = useState<ParsedBackup | undefined>();
  const [everything, setEverything] = useState(false);
  const [busy, setBusy] = useState<{ done: number; total: number } | undefined>();
  const [message, setMessage] = useState('');

  const save = async () => {
    try {
      downloadBlob(await createBackup(glossaryDb()), backupFilename());
    } catch (error) {
      setMessage(g('backup_failed', 'The backup failed: $1', [String(error)]));
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setMessage('');
    setBusy({ done: 0, total: 1 });
    const parsed = await readBackup(file, (done, total) => setBusy({ done, total }));
    setBusy(undefined);
    setBackup(parsed);
  };

  const restore = async (parsed: ParsedBackup) => {
    try {
      const count = await restoreBackup(glossaryDb(), parsed, { everything });
      setMessage(g('restore_done', 'Restored $1 terms.', [count]));
    } catch (error) {
      setMessage(g('restore_failed', 'Nothing was restored: $1', [String(error)]));
    }
    setBackup(undefined);
  };

  return (
    <section aria-labelledby="backup-title" class="panel">
      <h3 id="backup-title">{g('backup_title', 'Backup and restore')}</h3>
      <p class="muted">
        {g(
          'backup_help',
          'A backup holds your saved terms and your glossary data, not the bundled glossary (Dalil ships it).',
        )}
      </p>
      <div class="actions">
        <button type="button" onClick={() => void save()}>
          {g('backup_download', 'Download backup')}
        </button>
      </div>
      <FilePicker
        label={g('restore_choose', 'Choose a backup to restore')}
        accept=".json,application/json"
        onFile={(file) => void choose(file)}
      />
      {busy && (
        <ProgressBar
          label={g('restore_reading', 'Reading the backup…')}
          done={busy.done}
          total={busy.total}
        />
      )}
      {backup && backup.problemCount > 0 && (
        <Problems problems={backup.problems} count={backup.problemCount} unit={g('unit_term', 'term')} />
      )}
      {backup && backup.problemCount === 0 && (
        <div class="preview">
          <p>
            {g('restore_summary', 'This replaces your $1 saved terms with the $2 terms of the backup.', [
              termCount,
              backup.terms.length,
            ])}
          </p>
          <label>
            <input
              type="checkbox"
              checked={everything}
              onChange={(event) => setEverything(event.currentTarget.checked)}
            />{' '}
            {g('restore_everything', 'Also restore the rest of the backed-up data, not only the terms')}
          </label>
          <div class="actions">
            <button type="button" onClick={() => void restore(backup)}>
              {g('restore_go', 'Restore backup')}
            </button>
            <button type="button" onClick={() => setBackup(undefined)}>
              {g('cancel', 'Cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
