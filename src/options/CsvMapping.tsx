/** Which CSV column fills which field: guessed from the header, shown with sample rows, editable. */
import { type ColumnMapping, CSV_FIELDS, type CsvField, type CsvPreview } from '../glossary/import-csv';
import { g } from './i18n';

const FIELD_NAMES: Record<CsvField, [string, string]> = {
  arabic: ['field_arabic', 'Arabic (required)'],
  english: ['field_english', 'English'],
  type: ['field_type', 'Type'],
  kind: ['field_kind', 'Kind'],
  country: ['field_country', 'Country code'],
  status: ['field_status', 'Learning status'],
  tags: ['field_tags_csv', 'Tags'],
  note: ['field_note', 'Note'],
  context: ['field_context', 'Context sentence'],
  page_title: ['field_page_title', 'Page title'],
  page_url: ['field_page_url', 'Page URL'],
  first_seen: ['field_first_seen', 'First seen'],
  last_seen: ['field_last_seen', 'Last seen'],
  times_seen: ['field_times_seen', 'Times seen'],
  entry_id: ['field_entry_id', 'Glossary entry id'],
};

interface Props {
  preview: CsvPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

export function CsvMapping({ preview, mapping, onChange }: Props) {
  const used = new Set(Object.values(mapping));
  const ignored = preview.header.filter((_, i) => !used.has(i));
  return (
    <fieldset class="mapping">
      <legend>{g('mapping_title', 'Columns')}</legend>
      <p class="muted">
        {g(
          'mapping_help',
          'Choose which column of the file fills each field. Columns not chosen are ignored.',
        )}
      </p>
      <div class="mapping-grid">
        {CSV_FIELDS.map((field) => {
          const [key, english] = FIELD_NAMES[field];
          return (
            <label key={field} class="filter">
              <span>{g(key, english)}</span>
              <select
                value={String(mapping[field])}
                onChange={(event) => onChange({ ...mapping, [field]: Number(event.currentTarget.value) })}
              >
                <option value="-1">{g('mapping_none', '— not imported —')}</option>
                {preview.header.map((name, i) => (
                  <option key={i} value={String(i)}>
                    {name || g('mapping_column', 'Column $1', [i + 1])}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      {ignored.length > 0 && (
        <p class="muted" dir="auto">
          {g('mapping_ignored', 'Ignored columns: $1', [ignored.join(', ')])}
        </p>
      )}
      <table class="csv-sample">
        <caption>{g('mapping_sample', 'First rows of the file')}</caption>
        <thead>
          <tr>
            {preview.header.map((name, i) => (
              <th key={i} scope="col" dir="auto">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sample.map((row, r) => (
            <tr key={r}>
              {preview.header.map((_, i) => (
                <td key={i} dir="auto">
                  {(row[i] ?? '').slice(0, 120)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
