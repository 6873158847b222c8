import { describe, expect, it } from 'vitest';
import { bareForm, buildNames, stripAdminHead } from './aliases.js';
import { preferArticleForm } from './sources/wof.js';

describe('buildNames', () => {
  it('keeps a curated spelling that looks like a common word, and drops it otherwise', () => {
    const names = ['سوريا', 'سورية', 'الجمهورية العربية السورية'];
    expect(buildNames(names, { curated: ['سورية'] })?.aliases).toContain('سورية');
    expect(buildNames(names)?.aliases).not.toContain('سورية');
  });
  it('keeps the first name as display and the other real spellings as aliases', () => {
    expect(buildNames(['كفر نبل', 'كفرنبل'])).toEqual({ ar: 'كفر نبل', aliases: ['كفرنبل'] });
  });

  it('drops spellings that normalise the same, keeping the first written form', () => {
    const n = buildNames(['أسوان', 'اسوان', 'أسْوان']);
    expect(n).toEqual({ ar: 'أسوان', aliases: [] });
  });

  it('drops Persian, Latin and digit names and cleans harakat and tatweel', () => {
    const n = buildNames(['دِرعـا', 'چاحف', 'Daraa', 'مجمع 101', 'درعا البلد']);
    expect(n?.ar).toBe('درعا');
    expect(n?.aliases).toEqual(['درعا البلد']);
  });

  it('drops the official "محافظة X" form when X is a name of the place', () => {
    expect(buildNames(['إدلب', 'محافظة إدلب', 'ادلب'])?.aliases).toEqual([]);
    // …but keeps a name whose head is part of it
    expect(buildNames(['مدينة نصر'])?.ar).toBe('مدينة نصر');
  });

  it('never keeps a generic word as an alias', () => {
    expect(buildNames(['عمان', 'العاصمة'])?.aliases).toEqual([]);
    expect(buildNames(['الثورة', 'ثورة', 'الطبقة'])?.aliases).toEqual(['الطبقة']);
    expect(bareForm('الطبقة')).toBeUndefined();
  });

  it('adds the bare form after all real spellings, only when asked', () => {
    expect(buildNames(['الحسكة', 'حسكه الجديدة'])?.aliases).toEqual(['حسكه الجديدة', 'حسكة']);
    expect(buildNames(['الحسكة'], { bare: false })?.aliases).toEqual([]);
  });

  it('returns undefined when nothing usable is left', () => {
    expect(buildNames(['Halab', 'گرمكه'])).toBeUndefined();
  });
});

describe('bareForm', () => {
  it('strips ال from a name of 4+ letters', () => {
    expect(bareForm('الحسكة')).toBe('حسكة');
    expect(bareForm('الشيخ مسكين')).toBe('شيخ مسكين');
  });
  it('refuses short bare forms and common words', () => {
    expect(bareForm('الرقة')).toBeUndefined(); // رقة: 3 letters
    expect(bareForm('الباب')).toBeUndefined();
    expect(bareForm('الجديدة')).toBeUndefined();
    expect(bareForm('العيسى')).toBeUndefined(); // a given name
  });
  it('refuses multi-word names whose later words carry ال', () => {
    expect(bareForm('الإمارات العربية المتحدة')).toBeUndefined();
    expect(bareForm('الغوطة الشرقية')).toBeUndefined();
  });
  it('refuses names borne by many places', () => {
    expect(bareForm('العقبة', (n) => n === 'العقبه')).toBeUndefined();
    expect(bareForm('العقبة')).toBe('عقبة');
  });
  it('drops the shadda of the assimilated article', () => {
    expect(bareForm('السّدريّة')).toBe('سدريّة');
  });
  it('leaves names without the article alone', () => {
    expect(bareForm('حزارين')).toBeUndefined();
  });
});

describe('stripAdminHead', () => {
  it('strips admin heads from unit names', () => {
    expect(stripAdminHead('منطقة عفرين')).toBe('عفرين');
    expect(stripAdminHead('ولاية الخرطوم')).toBe('الخرطوم');
    expect(stripAdminHead('إقليم الحوز')).toBe('إقليم الحوز');
    expect(stripAdminHead('إقليم الحوز', 'MA')).toBe('الحوز');
  });
});

describe('preferArticleForm', () => {
  it('shows the ال form when the data has both', () => {
    expect(preferArticleForm(['سرمانية', 'السرمانية'])).toEqual(['السرمانية', 'سرمانية']);
    expect(preferArticleForm(['فطيرة'])).toEqual(['فطيرة']);
  });
});
