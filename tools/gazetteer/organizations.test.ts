import { describe, expect, it } from 'vitest';
import { validateOrganization } from './organizations.js';

const keys = new Set(['partyfacts', 'dalil']);
const good = {
  id: 'org:sy-baath',
  type: 'organization',
  kind: 'party',
  ar: 'حزب البعث',
  en: "Ba'ath Party",
  rank: 60,
  src: ['partyfacts'],
};

describe('validateOrganization', () => {
  it('accepts a well-formed row', () => {
    expect(validateOrganization(good, keys)).toBeUndefined();
    expect(
      validateOrganization({ ...good, aliases: ['البعث'], country: 'SY', desc: 'Ruling party' }, keys),
    ).toBeUndefined();
    expect(validateOrganization({ ...good, acronym: 'BP' }, keys)).toBeUndefined();
  });
  it('explains what is wrong with a bad row', () => {
    expect(validateOrganization({ ...good, id: 'sy-baath' }, keys)).toMatch(/id/);
    expect(validateOrganization({ ...good, type: 'place' }, keys)).toMatch(/type/);
    expect(validateOrganization({ ...good, src: ['wikipedia'] }, keys)).toMatch(/attribution/);
    expect(validateOrganization({ ...good, country: 'SYR' }, keys)).toMatch(/country/);
    expect(validateOrganization({ ...good, pf: 4111 }, keys)).toMatch(/unknown field/);
    expect(validateOrganization({ ...good, acronym: 7 }, keys)).toMatch(/acronym/);
    expect(validateOrganization('x', keys)).toMatch(/object/);
  });
});
