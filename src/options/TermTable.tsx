/** The saved terms as a virtualised table: select, open, and the sentence each was met in. */
import type { SavedTerm } from '../glossary/db';
import { kindLabel } from '../ui/labels';
import { formatDate, g, statusLabel } from './i18n';
import { PageLink } from './ViewParts';
import { VirtualTable } from './VirtualTable';

export const ROW_HEIGHT = 76;

interface Props {
  terms: SavedTerm[];
  selected: Set<string>;
  onToggle: (key: string) => void;
  onToggleAll: (select: boolean) => void;
  onOpen: (key: string) => void;
  openKey?: string;
  resetKey: string;
}

function TermRow(
  props: { term: SavedTerm; index: number } & Omit<Props, 'terms' | 'onToggleAll' | 'resetKey'>,
) {
  const { term, index, selected, onToggle, onOpen, openKey } = props;
  const latest = term.contexts[0];
  return (
    <tr key={term.key} aria-rowindex={index + 2} class={openKey === term.key ? 'open' : ''}>
      <td class="check">
        <input
          type="checkbox"
          aria-label={g('select_term', 'Select $1', [term.ar])}
          checked={selected.has(term.key)}
          onChange={() => onToggle(term.key)}
        />
      </td>
      <td class="ar" dir="rtl" lang="ar">
        <button
          type="button"
          class="link-button"
          aria-expanded={openKey === term.key}
          onClick={() => onOpen(term.key)}
        >
          {term.ar}
        </button>
      </td>
      <td dir="ltr" class="en">
        {term.en}
      </td>
      <td>
        {kindLabel(term.type, term.kind)}
        <div class={`status status-${term.status}`}>{statusLabel(term.status)}</div>
      </td>
      <td class="context">
        <div class="clamp" dir="rtl" lang="ar">
          {latest?.sentence}
        </div>
        {latest && (
          <div dir="auto" class="source">
            <PageLink page={latest} />
          </div>
        )}
      </td>
      <td class="seen">
        <time dateTime={new Date(term.lastSeen).toISOString()}>{formatDate(term.lastSeen)}</time>
        <div class="muted">
          {term.timesSeen === 1 ? g('seen_once', 'once') : g('seen_times', '$1 times', [term.timesSeen])}
        </div>
      </td>
    </tr>
  );
}

export function TermTable(props: Props) {
  const { terms, selected, onToggleAll, resetKey } = props;
  const allSelected = terms.length > 0 && terms.every((term) => selected.has(term.key));
  return (
    <VirtualTable
      caption={g('saved_caption', 'Saved terms')}
      columns={6}
      rowCount={terms.length}
      rowHeight={ROW_HEIGHT}
      resetKey={resetKey}
      header={
        <>
          <th scope="col" class="check">
            <input
              type="checkbox"
              aria-label={g('select_all', 'Select all shown')}
              checked={allSelected}
              onChange={() => onToggleAll(!allSelected)}
            />
          </th>
          <th scope="col">{g('col_arabic', 'Arabic')}</th>
          <th scope="col">{g('col_english', 'English')}</th>
          <th scope="col">{g('col_type', 'Type')}</th>
          <th scope="col">{g('col_context', 'Context')}</th>
          <th scope="col">{g('col_seen', 'Seen')}</th>
        </>
      }
      renderRow={(index) => <TermRow {...props} term={terms[index]} index={index} />}
    />
  );
}
