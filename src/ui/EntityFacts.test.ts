import { describe, expect, it } from 'vitest';
import { countryDisplayName, roleYears } from './EntityFacts';

describe('roleYears', () => {
  it.each([
    [{ en: 'President', from: 2003, to: 2014 }, '2003–2014'],
    [{ en: 'President', from: 2014 }, 'since 2014'],
    [{ en: 'President', to: 2019 }, 'until 2019'],
    [{ en: 'Prime Minister', from: 2024, to: 2024 }, '2024'],
    [{ en: 'Leader' }, ''],
  ])('%j → %s', (role, text) => {
    expect(roleYears(role)).toBe(text);
  });
});

describe('countryDisplayName', () => {
  it('names a country in English and Arabic from the runtime’s tables', () => {
    expect(countryDisplayName('SY', 'en')).toBe('Syria');
    expect(countryDisplayName('SY', 'ar')).toBe('سوريا');
    expect(countryDisplayName('PS', 'en')).toBe('Palestine');
  });
  it('gives nothing for a code it does not know', () => {
    expect(countryDisplayName('QQ', 'en')).toBeUndefined();
    expect(countryDisplayName('not a code', 'en')).toBeUndefined();
  });
});
