/**
 * Place triggers: words that, right before a name, say "a place follows" ("قرية X",
 * "بلدات X وY", "بريف X"). One row per written form, with what the context stage needs:
 * the pack kind it announces, its number (a singular introduces one name, a dual two, a
 * plural a list), whether it is part of the name ("جبل الأكراد", "معبر رفح"), whether it
 * is a vicinity word that also leads to anything ("محيط خط الضباب"), and whether as a
 * plural it mostly heads descriptions ("مناطق النظام", "مدن الساحل").
 */
import { fold } from '../read/normalize';

export type TriggerNumber = 'sg' | 'du' | 'pl';

export interface Trigger {
  /** As written, without clitics or article. */
  ar: string;
  /** Pack kind of the place it introduces, when it says one. */
  kind?: string;
  number: TriggerNumber;
  /** The trigger is part of the name: "جبل الأكراد" is one mountain. */
  partOfName?: boolean;
  /** Leads to places but also to anything else ("مركز للشرطة"). */
  vicinity?: boolean;
  /** As a plural it heads descriptions more than lists of names. */
  generic?: boolean;
  /** With the article it still introduces a name ("العاصمة عمّان"); others then refer back. */
  withArticle?: boolean;
}

const t = (ar: string, number: TriggerNumber, kind?: string, extra: Partial<Trigger> = {}): Trigger => ({
  ar,
  number,
  ...(kind ? { kind } : {}),
  ...extra,
});

const PART = { partOfName: true };
const NEAR = { vicinity: true };

export const TRIGGERS: readonly Trigger[] = [
  t('قرية', 'sg', 'village'),
  t('قرى', 'pl', 'village'),
  t('قريتي', 'du', 'village'),
  t('بلدة', 'sg', 'town'),
  t('بلدات', 'pl', 'town'),
  t('بلدتي', 'du', 'town'),
  t('بلدية', 'sg', 'town'),
  t('مدينة', 'sg', 'city'),
  t('مدن', 'pl', 'city', { generic: true }),
  t('مدينتي', 'du', 'city'),
  t('عاصمة', 'sg', 'city', { withArticle: true }),
  t('حي', 'sg', 'neighbourhood'),
  t('أحياء', 'pl', 'neighbourhood', { generic: true }),
  t('حيي', 'du', 'neighbourhood'),
  t('حارة', 'sg', 'neighbourhood'),
  t('ضاحية', 'sg'),
  t('مخيم', 'sg', 'camp', PART),
  t('مخيمات', 'pl', 'camp'),
  t('مخيمي', 'du', 'camp'),
  t('جبل', 'sg', 'mountain', PART),
  t('جبال', 'pl', 'mountain', PART),
  t('جبلي', 'du', 'mountain'),
  t('تلة', 'sg', 'mountain'),
  t('تلال', 'pl', 'mountain'),
  t('نهر', 'sg', 'river', PART),
  t('نهري', 'du', 'river'),
  t('وادي', 'sg', 'valley', PART),
  t('سهل', 'sg', 'plain', PART),
  t('معبر', 'sg', 'crossing', PART),
  t('مطار', 'sg', 'airport', PART),
  t('ميناء', 'sg', undefined, PART),
  t('جزيرة', 'sg', undefined, PART),
  t('بحيرة', 'sg', undefined, PART),
  t('سد', 'sg', undefined, PART),
  t('شارع', 'sg', undefined, PART),
  t('قاعدة', 'sg', undefined, { ...PART, ...NEAR }),
  t('معسكر', 'sg', undefined, { ...PART, ...NEAR }),
  t('مزرعة', 'sg'),
  t('مزارع', 'pl', undefined, PART),
  t('ناحية', 'sg', 'subdistrict'),
  t('نواحي', 'pl', 'subdistrict'),
  t('ناحيتي', 'du', 'subdistrict'),
  t('محافظة', 'sg', 'governorate'),
  t('محافظات', 'pl', 'governorate', { generic: true }),
  t('محافظتي', 'du', 'governorate'),
  t('ولاية', 'sg', 'governorate'),
  t('ولايات', 'pl', 'governorate'),
  t('قضاء', 'sg', 'district'),
  t('أقضية', 'pl', 'district'),
  t('مديرية', 'sg', 'district'),
  t('مديريات', 'pl', 'district'),
  t('مديريتي', 'du', 'district'),
  t('منطقة', 'sg', 'area', NEAR),
  t('مناطق', 'pl', 'area', { ...NEAR, generic: true }),
  t('منطقتي', 'du', 'area'),
  t('ريف', 'sg', 'area'),
  t('أرياف', 'pl', 'area'),
  t('بادية', 'sg'),
  t('مركز', 'sg', undefined, NEAR),
  t('أطراف', 'sg', undefined, NEAR),
  t('محيط', 'sg', undefined, NEAR),
  t('تخوم', 'sg', undefined, NEAR),
  t('مستعمرة', 'sg'),
  t('مستوطنة', 'sg'),
  t('مستعمرات', 'pl'),
  t('مستوطنات', 'pl'),
];

/** Folded form → its row. */
export const TRIGGER_BY_FORM: ReadonlyMap<string, Trigger> = new Map(TRIGGERS.map((r) => [fold(r.ar), r]));

const forms = (keep: (r: Trigger) => boolean | undefined): ReadonlySet<string> =>
  new Set(TRIGGERS.filter(keep).map((r) => fold(r.ar)));

/** Every trigger form, folded, plus the article forms that still introduce a name. */
export const PLACE_TRIGGERS: ReadonlySet<string> = new Set([
  ...forms(() => true),
  ...[...forms((r) => r.withArticle)].map((f) => `ال${f}`),
]);
/** Triggers that introduce several places (plural or dual): only these start lists. */
export const PLURAL_TRIGGERS = forms((r) => r.number !== 'sg');
export const DUAL_TRIGGERS = forms((r) => r.number === 'du');
export const NAME_PART_TRIGGERS = forms((r) => r.partOfName);
export const VICINITY_TRIGGERS = forms((r) => r.vicinity);
export const GENERIC_PLURAL_TRIGGERS = forms((r) => r.generic);
