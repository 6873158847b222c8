/** Actions on the selected terms: status, tag, delete, export. */
import { useState } from 'preact/hooks';
import type { LearningStatus } from '../glossary/db';
import type { ExportKind } from '../glossary/export';
import { g } from './i18n';
import { StatusField } from './ViewParts';

interface Props {
  count: number;
  onStatus: (status: LearningStatus) => void;
  onTag: (tag: string) => void;
  onDelete: () => void;
  onExport: (kind: ExportKind) => void;
  onClear: () => void;
}

export function BulkBar({ count, onStatus, onTag, onDelete, onExport, onClear }: Props) {
  const [status, setStatus] = useState<LearningStatus>('learning');
  const [tag, setTag] = useState('');
  return (
    <fieldset class="bulk">
      <legend class="visually-hidden">{g('bulk_label', 'Actions on selected terms')}</legend>
      <strong>{g('bulk_count', '$1 selected', [count])}</strong>
      <StatusField
        class="filter"
        label={<span>{g('bulk_status', 'New status')}</span>}
        value={status}
        onChange={setStatus}
      />
      <button type="button" onClick={() => onStatus(status)}>
        {g('bulk_set_status', 'Set status')}
      </button>
      <form
        class="inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (tag.trim()) onTag(tag.trim());
          setTag('');
        }}
      >
        <label class="filter">
          <span>{g('bulk_tag', 'Tag to add')}</span>
          <input type="text" dir="auto" value={tag} onInput={(event) => setTag(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!tag.trim()}>
          {g('bulk_add_tag', 'Add tag')}
        </button>
      </form>
      <button type="button" onClick={() => onExport('csv')}>
        {g('bulk_export_csv', 'Export selection as CSV')}
      </button>
      <button type="button" onClick={() => onExport('json')}>
        {g('bulk_export_json', 'Export selection as JSON')}
      </button>
      <button type="button" onClick={() => onExport('anki')}>
        {g('bulk_export_anki', 'Export selection for Anki')}
      </button>
      <button type="button" class="danger" onClick={onDelete}>
        {g('bulk_delete', 'Delete selected')}
      </button>
      <button type="button" onClick={onClear}>
        {g('bulk_clear', 'Clear selection')}
      </button>
    </fieldset>
  );
}
