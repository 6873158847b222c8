import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../../src/common/pack';
import { applyExonyms, type ExonymTable } from './exonyms';
import { classOf } from './kinds';
import type { Merged } from './merge';
import type { PlaceRecord } from './types';

function merged(
  id: string,
  kind: string,
  ar: string,
  en: string,
  extra: Partial<PackEntry> = {},
  authoritative?: string,
): Merged {
  const record: PlaceRecord = {
    key: id,
    cls: classOf(kind),
    kind,
    names: [ar],
    en: authoritative ? { authoritative } : { name: en },
    src: ['test'],
    priority: 0,
  };
  const entry: PackEntry = { id, type: 'place', kind, ar, en, rank: 50, src: ['test'], ...extra };
  return { entry, primary: record, members: [record] };
}

const table: ExonymTable = {
  names: { SY: { الرقة: 'Raqqa' } },
  ids: { 'wof:9': 'Tabqa' },
  dropAliases: { 'osy:d': ['حلب'] },
};

describe('applyExonyms', () => {
  it('gives listed places of that country the exonym and keeps the romanisation as an English alias', () => {
    const city = merged('wof:1', 'city', 'الرقة', 'Ar Raqqah', { country: 'SY' });
    const abroad = merged('wof:2', 'town', 'الرقة', 'Riqqa', { country: 'KW' });
    const village = merged('wof:3', 'village', 'الرقة', 'Ar Raqqah', { country: 'SY' });
    applyExonyms([city, abroad, village], table);
    expect(city.entry).toMatchObject({ en: 'Raqqa', enAliases: ['Ar Raqqah'] });
    expect(abroad.entry.en).toBe('Riqqa');
    expect(village.entry.en).toBe('Ar Raqqah');
  });

  it('renames single entries by id and drops aliases attached to the wrong entry', () => {
    const town = merged('wof:9', 'town', 'الثورة', 'Al-Thawrah', { country: 'SY' });
    const district = merged('osy:d', 'district', 'جبل سمعان', 'Mount Simeon', {
      country: 'SY',
      aliases: ['حلب'],
    });
    applyExonyms([town, district], table);
    expect(town.entry.en).toBe('Tabqa');
    expect(district.entry.aliases).toBeUndefined();
  });

  it('names an admin unit after its seat unless its English is authoritative', () => {
    const seat = merged('wof:10', 'city', 'القاهرة', 'Cairo', { country: 'EG', pop: 9e6 });
    const gov = merged('wof:11', 'governorate', 'القاهرة', 'Al Qahirah', { country: 'EG' });
    const osy = merged('osy:x', 'governorate', 'حماة', 'Hama', { country: 'SY' }, 'Hama');
    const osySeat = merged('wof:12', 'city', 'حماة', 'Hamah', { country: 'SY' });
    const result = applyExonyms([seat, gov, osy, osySeat], { names: {}, ids: {}, dropAliases: {} });
    expect(gov.entry).toMatchObject({ en: 'Cairo', enAliases: ['Al Qahirah'] });
    expect(osy.entry.en).toBe('Hama');
    expect(result).toEqual({ table: 0, seats: 1 });
  });
});
