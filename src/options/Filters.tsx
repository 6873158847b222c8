/** The search box and filter menus above a list; every control is labelled. */
import { ENTITY_TYPES, type EntityType, LEARNING_STATUSES } from '../common/pack';
import type { LearningStatus } from '../glossary/db';
import type { TermSort } from '../glossary/query';
import { typeLabel } from '../ui/labels';
import { countryLabel, g, statusLabel } from './i18n';

export interface FilterValues {
  text: string;
  type?: EntityType;
  country?: string;
  status?: LearningStatus;
  tag?: string;
  sort: TermSort;
}

interface Props {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  countries: string[];
  /** Saved terms only: status, tag and sort. */
  tags?: string[];
  searchLabel: string;
}

const TYPES = ENTITY_TYPES;
const SORTS: Array<[TermSort, string, string]> = [
  ['recent', 'sort_recent', 'Recently seen'],
  ['arabic', 'sort_arabic', 'Arabic name'],
  ['english', 'sort_english', 'English name'],
  ['seen', 'sort_seen', 'Most seen'],
  ['edited', 'sort_edited', 'Recently edited'],
  ['status', 'sort_status', 'Learning status'],
];

function Select(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: Array<[string, string]>;
  all?: string;
}) {
  return (
    <label class="filter">
      <span>{props.label}</span>
      <select
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.currentTarget.value || undefined)}
      >
        {props.all !== undefined && <option value="">{props.all}</option>}
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options sorted by their label in the interface language, as a reader scans them. */
export function byName(options: Array<[string, string]>): Array<[string, string]> {
  const collator = new Intl.Collator(document.documentElement.lang || undefined);
  return [...options].sort((a, b) => collator.compare(a[1], b[1]));
}

export function Filters({ values, onChange, countries, tags, searchLabel }: Props) {
  const set = (patch: Partial<FilterValues>) => onChange({ ...values, ...patch });
  const all = g('filter_all', 'All');
  return (
    <search class="filters">
      <label class="search">
        <span class="visually-hidden">{searchLabel}</span>
        <input
          type="search"
          dir="auto"
          placeholder={g('search_placeholder', 'Search in Arabic or English…')}
          aria-label={searchLabel}
          value={values.text}
          onInput={(event) => set({ text: event.currentTarget.value })}
        />
      </label>
      <Select
        label={g('filter_type', 'Type')}
        value={values.type}
        all={all}
        options={TYPES.map((type) => [type, typeLabel(type)])}
        onChange={(type) => set({ type: type as EntityType | undefined })}
      />
      <Select
        label={g('filter_country', 'Country')}
        value={values.country}
        all={all}
        options={byName(countries.map((code) => [code, countryLabel(code)]))}
        onChange={(country) => set({ country })}
      />
      {tags && (
        <>
          <Select
            label={g('filter_status', 'Status')}
            value={values.status}
            all={all}
            options={LEARNING_STATUSES.map((status) => [status, statusLabel(status)])}
            onChange={(status) => set({ status: status as LearningStatus | undefined })}
          />
          <Select
            label={g('filter_tag', 'Tag')}
            value={values.tag}
            all={all}
            options={tags.map((tag) => [tag, tag])}
            onChange={(tag) => set({ tag })}
          />
          <Select
            label={g('sort', 'Sort by')}
            value={values.sort}
            options={SORTS.map(([value, key, english]) => [value, g(key, english)])}
            onChange={(sort) => set({ sort: (sort as TermSort | undefined) ?? 'recent' })}
          />
        </>
      )}
    </search>
  );
}
