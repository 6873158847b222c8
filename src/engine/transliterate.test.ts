import { describe, expect, it } from 'vitest';
import { transliterate } from './transliterate';

describe('transliterate', () => {
  it.each([
    ['كنصفرة', 'Kansafra'],
    ['سفوهون', 'Safuhun'],
    ['حلب', 'Halab'],
    ['دير الزور', 'Dir al-Zur'],
    ['جبل الزاوية', 'Jabal al-Zawiya'],
    ['السرمانية', 'Al-Sarmaniya'],
    ['تل رفعت', 'Tal Rafat'],
    ['خان شيخون', 'Khan Shikhun'],
    ['عين عيسى', 'Ayn Aysi'],
    ['وَادِي عَرَبَة', 'Wadi Arba'],
    ['', ''],
    ['Idlib 2024', 'idlib 2024'], // Latin passes through (folded),
  ])('%s → %s', (ar, en) => {
    expect(transliterate(ar)).toBe(en);
  });
});
