/**
 * The reader's own glossary through the background's real handlers on fake-indexeddb:
 * an own term is highlighted on the next annotation with the reader's English, a
 * corrected English name is what the page and the tooltip get, and the status set from
 * the tooltip is stored.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageEntity } from '../common/messages';
import { TEST_PACK } from '../engine/testing';
import { glossaryDb } from '../glossary/db';
import { installPack } from '../glossary/pack-loader';
import { updateTerm } from '../glossary/terms';
import {
  handleAnnotate,
  handleDescribe,
  handleSaveTerm,
  handleSetTermStatus,
  handleUnsaveTerm,
} from './handlers';

vi.mock('./engine-host', () => import('./engine-host.test-util'));

const context = { sentence: 'جملة', url: 'https://news.example/a', title: 'خبر' };
const TEXT = 'تقدمت قوات النظام نحو منطقة خفض التصعيد في ريف إدلب';

async function entities(text = TEXT): Promise<PageEntity[]> {
  return (await handleAnnotate({ type: 'annotate', text, signals: { lang: 'ar' }, force: true })).entities;
}
const named = (list: PageEntity[], text: string) => list.find((entity) => entity.text === text);

beforeAll(async () => {
  await installPack(glossaryDb(), TEST_PACK);
});

describe('own terms on the page', () => {
  it('a term the reader added is highlighted on the next page, and gone once deleted', async () => {
    expect(named(await entities(), 'منطقة خفض التصعيد')).toBeUndefined();
    await handleSaveTerm({
      type: 'saveTerm',
      term: { ar: 'منطقة خفض التصعيد', en: 'de-escalation zone', type: 'place', kind: 'other' },
      context,
      details: { note: 'Astana zones', status: 'learning' },
    });
    const zone = named(await entities(), 'منطقة خفض التصعيد');
    expect(zone).toMatchObject({
      source: 'own',
      name_en: 'de-escalation zone',
      saved: true,
      note: 'Astana zones',
      status: 'learning',
    });
    expect(zone?.id).toBeUndefined();
    await handleSetTermStatus({ type: 'setTermStatus', term: { ar: 'منطقة خفض التصعيد' }, status: 'known' });
    expect(named(await entities(), 'منطقة خفض التصعيد')?.status).toBe('known');
    await handleUnsaveTerm({ type: 'unsaveTerm', term: { ar: 'منطقة خفض التصعيد' } });
    expect(named(await entities(), 'منطقة خفض التصعيد')).toBeUndefined();
  });

  it('an English name the reader corrected is what the page and the tooltip get', async () => {
    const idlib = TEST_PACK.entries.find((entry) => entry.id === 'g:idlib');
    if (!idlib) throw new Error('test pack has no Idlib');
    const term = await handleSaveTerm({
      type: 'saveTerm',
      term: { entryId: idlib.id, ar: idlib.ar, en: idlib.en, type: 'place', kind: idlib.kind },
      context,
    });
    await updateTerm(glossaryDb(), term.key, { en: 'Idleb' });
    expect(named(await entities(), 'إدلب')).toMatchObject({ id: 'g:idlib', name_en: 'Idleb', saved: true });
    expect(await handleDescribe({ type: 'describe', id: 'g:idlib' })).toMatchObject({
      en: 'Idleb',
      bundledEn: 'Idlib',
    });
  });

  it('a status is set only on a saved term', async () => {
    expect(
      await handleSetTermStatus({ type: 'setTermStatus', term: { ar: 'لا شيء' }, status: 'known' }),
    ).toBe(false);
  });
});
