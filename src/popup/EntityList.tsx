/**
 * The names on the page, one row per name (its spellings together: ادلب and إدلب are
 * one row) with how often it occurs; a click reveals the first occurrence.
 */
import type { PageState } from '../common/messages';
import { type EntityType, zeroCounts } from '../common/pack';
import { fold } from '../engine/read/normalize';
import { label, typeLabel } from '../ui/labels';

export interface Row {
  /** The name as the glossary writes it (or as the page does, for names found from context). */
  text: string;
  name_en: string;
  type: EntityType;
  saved: boolean;
  first: number;
  count: number;
  /** Other spellings met on the page. */
  variants: string[];
}

/** Groups occurrences by entry (or by folded name), in order of first appearance. */
export function groupEntities(entities: PageState['entities']): Row[] {
  const rows = new Map<string, Row>();
  entities.forEach((entity, index) => {
    const key = `${entity.type}|${entity.id ?? fold(entity.name_ar ?? entity.text)}`;
    const row = rows.get(key);
    if (row) {
      row.count++;
      if (entity.text !== row.text && !row.variants.includes(entity.text)) row.variants.push(entity.text);
      row.saved ||= entity.saved;
    } else {
      const text = entity.id && entity.name_ar ? entity.name_ar : entity.text;
      const variants = entity.text !== text ? [entity.text] : [];
      rows.set(key, { ...entity, text, first: index, count: 1, variants });
    }
  });
  return [...rows.values()];
}

export function distinctCounts(rows: Row[]): Record<EntityType, number> {
  const counts = zeroCounts();
  for (const row of rows) counts[row.type]++;
  return counts;
}

export function EntityList({ rows, onReveal }: { rows: Row[]; onReveal: (index: number) => void }) {
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
                {row.variants.length > 0 && <span class="variants">{` (${row.variants.join('، ')})`}</span>}
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
