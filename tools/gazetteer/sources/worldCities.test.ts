import { describe, expect, it } from 'vitest';
import { chooseArabic, latinSkeleton, skeletonSimilarity } from './worldCities.js';

describe('chooseArabic', () => {
  it('prefers the Arabic exonym over a Persian or transliterated form', () => {
    expect(chooseArabic(['آدانا', 'أضنة', 'ئادانا'], 'Adana', 'TR')?.ar).toBe('أضنة');
    expect(chooseArabic(['ترابلس', 'طرابلس', 'طَرَابُلُس'], 'Tripoli', 'LY')?.ar).toBe('طرابلس');
    expect(chooseArabic(['آبادان', 'ابادان', 'عبادان'], 'Abadan', 'IR')?.ar).toBe('عبادان');
    expect(chooseArabic(['إمارة الشارقة', 'الشارقة', 'شارجه', 'مدينة الشارقة'], 'Sharjah', 'AE')?.ar).toBe(
      'الشارقة',
    );
  });
  it('avoids typos, mangled hamzas and old names', () => {
    expect(chooseArabic(['د مشق', 'دمشق'], 'Damascus', 'SY')?.ar).toBe('دمشق');
    expect(chooseArabic(['لأندأن', 'لندن', 'لوندون'], 'London', 'GB')?.ar).toBe('لندن');
    expect(chooseArabic(['مالاكف', 'واد سلي', 'وادي سلي'], 'Oued Sly', 'DZ')?.ar).toBe('واد سلي');
    expect(chooseArabic(['مىلان', 'ميلانو'], 'Milan', 'IT')?.ar).toBe('ميلانو');
    expect(chooseArabic(['مىلان'], 'Milan', 'IT')?.ar).toBe('مىلان');
  });
  it('keeps look-alike candidates as aliases, drops penalised ones', () => {
    const c = chooseArabic(['أوسلو', 'ئوسلو', 'اسلو', 'اوسلو'], 'Oslo', 'NO');
    expect(c?.ar).toBe('أوسلو');
    expect(c?.aliases).not.toContain('ئوسلو');
    expect(c?.aliases).toContain('اسلو');
  });
  it('returns undefined without a usable candidate', () => {
    expect(chooseArabic(['پاریس'], 'Paris', 'FR')).toBeUndefined();
  });
});

describe('skeletons', () => {
  it('map Latin and Arabic to the same consonant classes', () => {
    expect(latinSkeleton('Khān Shaykhūn')).toBe('knskn');
    expect(skeletonSimilarity('خان شيخون', 'Khan Shaykhun')).toBe(1);
  });
});
