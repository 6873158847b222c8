/** The names on the page, one row per name with how often it occurs; a click reveals the first. */
import type { PageState } from '../common/messages';
import { label, typeLabel } from '../ui/labels';

interface Row {
  text: string;
  name_en: string;
  type: PageState['entities'][number]['type'];
  saved: boolean;
  first: number;
  count: number;
}

/** Groups occurrences by name, in order of first appearance. */
export function groupEntities(entities: PageState['entities']): Row[] {
  const rows = new Map<string, Row>();
  entities.forEach((entity, index) => {
    const key = `${entity.type}|${entity.text}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { ...entity, first: index, count: 1 });
  });
  return [...rows.values()];
}

export function EntityList({
  entities,
  onReveal,
}: {
  entities: PageState['entities'];
  onReveal: (index: number) => void;
}) {
  const rows = groupEntities(entities);
  return (
    <section class="entities" aria-labelledby="entities-title">
      <h2 id="entities-title">{label('popup_entities', 'Names on this page')}</h2>
      <ul>
        {rows.map((row) => (
          <li key={`${row.type}|${row.text}`}>
            <button
              type="button"
              class={`entity entity-${row.saved ? 'saved' : row.type}`}
              onClick={() => onReveal(row.first)}
              aria-label={label('popup_reveal', 'Show $1 ($2) on the page', [row.text, row.name_en])}
            >
              <span class="ar" dir="rtl" lang="ar">
                {row.text}
              </span>
              <span class="en" dir="ltr" lang="en">
                {row.name_en}
              </span>
              <span class="meta">
                {typeLabel(row.type)}
                {row.count > 1 ? ` ×${row.count}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
