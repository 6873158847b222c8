/** The curated organisations must be well-formed, unique and honest about their sources. */
import { describe, expect, it } from 'vitest';
import { readCuratedOrganizations } from './merge';

const KINDS = new Set([
  'party',
  'armed_group',
  'ministry',
  'army',
  'security',
  'parliament',
  'council',
  'government',
  'intl_org',
  'un_agency',
  'rights_group',
  'news_agency',
  'broadcaster',
  'judiciary',
  'police',
  'union',
  'religious_body',
  'agency',
]);
const ARABIC_ONLY = /^[\u0600-\u06FF\s\d\-–()'"«».،/]+$/;
const fold = (s: string) =>
  s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .trim();

const orgs = readCuratedOrganizations();

describe('curated organisations', () => {
  it('are at least 1,500', () => expect(orgs.length).toBeGreaterThanOrEqual(1500));

  it('have unique ids', () => {
    const seen = new Map<string, string>();
    const dupes = orgs.filter((org) => seen.has(org.id) || !seen.set(org.id, org.file)).map((org) => org.id);
    expect(dupes).toEqual([]);
  });

  it.each(orgs.map((org) => [org.id, org] as const))('%s is well-formed', (_id, org) => {
    expect(org.id).toMatch(/^org:[a-z0-9-]+$/);
    expect(KINDS.has(org.kind), `kind ${org.kind}`).toBe(true);
    expect(org.ar).toMatch(ARABIC_ONLY);
    for (const alias of org.aliases ?? []) expect(alias).toMatch(ARABIC_ONLY);
    expect(org.aliases ?? []).not.toContain(org.ar);
    expect(org.en.trim().length).toBeGreaterThan(1);
    expect(org.desc?.length ?? 0).toBeGreaterThan(10);
    expect(org.desc!.length).toBeLessThanOrEqual(160);
    expect(org.rank).toBeGreaterThanOrEqual(1);
    expect(org.rank).toBeLessThanOrEqual(100);
    if (org.country !== undefined) expect(org.country).toMatch(/^[A-Z]{2}$/);
    // An acronym is the Latin one English news uses: "ISIS-K", "EUBAM Rafah", "RFE/RL", "İHA".
    if (org.acronym !== undefined) expect(org.acronym).toMatch(/^[A-ZİŞ][A-Za-z0-9İŞ&+/\- ]{1,15}$/);
    // Wikidata ids come only from the source data (Party Facts), never from memory.
    if (org.wikidata !== undefined) expect(org.src).toContain('partyfacts');
  });

  // A name two countries' organisations share (الكتلة الوطنية in Lebanon and Syria) is
  // real and the engine picks by the article's country; within one country it is a mistake.
  it('never give one name to two organisations of the same country', () => {
    const owner = new Map<string, { id: string; country?: string }>();
    const clashes: string[] = [];
    for (const org of orgs) {
      for (const name of new Set([org.ar, ...(org.aliases ?? [])].map(fold))) {
        const other = owner.get(`${org.country ?? 'intl'}|${name}`);
        if (other && other.id !== org.id) clashes.push(`${name}: ${other.id} / ${org.id}`);
        else owner.set(`${org.country ?? 'intl'}|${name}`, org);
      }
    }
    expect(clashes).toEqual([]);
  });
});
