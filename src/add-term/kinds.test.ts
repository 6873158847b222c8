import { describe, expect, it } from 'vitest';
import { choiceOf, englishSuggestion, KIND_CHOICES } from './kinds';

describe('add-term kinds', () => {
  it('offers the kinds a reader needs', () => {
    expect(KIND_CHOICES.map((choice) => choice.english)).toEqual([
      'Place',
      'Organisation',
      'Armed group',
      'Person',
      'Event or operation',
      'Other term',
    ]);
  });

  it.each([
    ['place', undefined, 'place'],
    ['place', 'town', 'place'],
    ['organization', 'party', 'organization'],
    ['organization', 'armed_group', 'armed_group'],
    ['person', 'minister', 'person'],
    ['place', 'event', 'event'],
    ['place', 'term', 'term'],
  ] as const)('%s/%s is filed as %s', (type, kind, id) => {
    expect(choiceOf(type, kind).id).toBe(id);
  });
});

describe('English suggestion', () => {
  it('is the glossary’s English when it knows the name', () => {
    expect(englishSuggestion('كفرنبل', { en: 'Kafr Nabl' })).toEqual({ en: 'Kafr Nabl', source: 'glossary' });
  });
  it('is a transliteration, marked as such, for an unknown name', () => {
    const suggestion = englishSuggestion('تلة المشيرفة', undefined);
    expect(suggestion?.source).toBe('transliteration');
    expect(suggestion?.en).toMatch(/^[A-Z][\p{L}' -]+$/u);
  });
  it('is nothing for an empty name', () => {
    expect(englishSuggestion('  ', undefined)).toBeUndefined();
  });
});
