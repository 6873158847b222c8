/**
 * What the glossary knows about a person or an organisation beyond its names, for the
 * term card: a person's roles with their years and country, an organisation's acronym.
 * Rendered as text in a description list, English left-to-right and Arabic right-to-left.
 */
import type { EntityType, PersonRole } from '../common/pack';
import { label } from './labels';

export interface EntityFactsProps {
  type: EntityType;
  roles?: PersonRole[];
  /** ISO 3166-1 alpha-2. */
  country?: string;
  acronym?: string;
}

/** Roles shown on the card: the first ones the who's-who lists (most recent or notable). */
const MAX_ROLES = 2;

/** "2014–2019", "since 2014", "until 2019", "2024", or "" when no year is known. */
export function roleYears(role: PersonRole): string {
  const { from, to } = role;
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from}–${to}`;
  if (from !== undefined) return label('reading_facts_since', `since ${from}`, [from]);
  if (to !== undefined) return label('reading_facts_until', `until ${to}`, [to]);
  return '';
}

/** Where the runtime's region names are not the ones news uses. */
const NEWS_NAMES: Record<string, Record<string, string>> = {
  PS: { en: 'Palestine', ar: 'فلسطين' },
  TR: { en: 'Turkey' },
};

/** The country's name in `language`, from the browser's own tables (no data shipped). */
export function countryDisplayName(code: string, language: string): string | undefined {
  const news = NEWS_NAMES[code]?.[language.slice(0, 2)];
  if (news) return news;
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

export function EntityFacts({ type, roles, country, acronym }: EntityFactsProps) {
  const shown = type === 'person' ? (roles ?? []).slice(0, MAX_ROLES) : [];
  const countryEn = type === 'person' && country ? countryDisplayName(country, 'en') : undefined;
  const countryAr = type === 'person' && country ? countryDisplayName(country, 'ar') : undefined;
  const acronymShown = type === 'organization' ? acronym : undefined;
  if (shown.length === 0 && !countryEn && !acronymShown) return null;
  return (
    <dl class="facts">
      {shown.map((role, i) => {
        const years = roleYears(role);
        return (
          <div class="fact" key={`${role.en}-${role.from ?? ''}`}>
            <dt>
              {i === 0 ? label('reading_facts_role', 'Role') : label('reading_facts_earlier', 'Earlier')}
            </dt>
            <dd>
              <span class="fact-en" dir="ltr" lang="en">
                {years ? `${role.en} (${years})` : role.en}
              </span>
              {role.ar && (
                <span class="fact-ar" dir="rtl" lang="ar">
                  {role.ar}
                </span>
              )}
            </dd>
          </div>
        );
      })}
      {countryEn && (
        <div class="fact">
          <dt>{label('reading_facts_country', 'Country')}</dt>
          <dd>
            <span class="fact-en" dir="ltr" lang="en">
              {countryEn}
            </span>
            {countryAr && (
              <span class="fact-ar" dir="rtl" lang="ar">
                {countryAr}
              </span>
            )}
          </dd>
        </div>
      )}
      {acronymShown && (
        <div class="fact">
          <dt>{label('reading_facts_acronym', 'Acronym')}</dt>
          <dd>
            <span class="fact-en" dir="ltr" lang="en">
              {acronymShown}
            </span>
          </dd>
        </div>
      )}
    </dl>
  );
}
