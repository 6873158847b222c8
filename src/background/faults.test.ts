/**
 * Storage faults seen through the background's real handlers on fake-indexeddb: a full
 * disk or an unavailable IndexedDB gives the reader a clear sentence, highlights still
 * come from the bundled lexicon, and nothing stored is changed or half-written.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_PACK } from '../engine/testing';
import { GlossaryDb, glossaryDb } from '../glossary/db';
import { installPack } from '../glossary/pack-loader';
import { faultMiddleware, installFaultHooks } from './fault-hooks';
import { handlers } from './handler-table';
import { routeMessage } from './router';

// The real handler table: only the browser is absent (no tab, no packaged file), not a handler.
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('./engine-host', () => import('./engine-host.test-util'));

const OWN = 'dalil-test-id';
const sender = { id: OWN, url: `chrome-extension://${OWN}/options.html` };
const send = (message: unknown) => routeMessage(message, sender, OWN, handlers)!;
const faults = () => (globalThis as unknown as { __dalilFaults: { set(f: object): void } }).__dalilFaults;

const ARTICLE =
  'قصفت قوات النظام السوري بلدة كنصفرة في جبل الزاوية بريف إدلب، وقالت وزارة الدفاع التركية إن الهدنة صامدة.';
const save = (ar: string, note = '') => ({
  type: 'saveTerm',
  term: { ar, en: 'x', type: 'place' },
  context: { sentence: `جملة فيها ${ar}`, url: 'https://news.example/a', title: 'خبر' },
  details: { note },
});

async function snapshot(db: GlossaryDb) {
  return {
    terms: await db.terms.toArray(),
    meta: await db.meta.toArray(),
    entries: await db.entries.count(),
  };
}

beforeAll(async () => {
  installFaultHooks(glossaryDb());
  await installPack(glossaryDb(), TEST_PACK);
  expect((await send(save('كفرنبل', 'before any fault'))).ok).toBe(true);
});

afterEach(() => faults().set({}));

describe('background handlers under storage faults', () => {
  it('a malformed saveTerm changes nothing', async () => {
    const before = await snapshot(glossaryDb());
    for (const bad of [
      { ...save('حلب'), type: 'saveterm' },
      { ...save('حلب'), term: { ar: 'حلب', type: 'place' } },
      { ...save('حلب'), details: { status: 'done' } },
      { type: 'unsaveTerm', term: { entryId: ['g:idlib'], ar: 'كفرنبل' } },
    ])
      expect((await send(bad)).ok).toBe(false);
    expect(await snapshot(glossaryDb())).toEqual(before);
  });

  it('quota exceeded: a clear message, nothing half-written, highlights still work', async () => {
    const before = await snapshot(glossaryDb());
    faults().set({ mode: 'quota' });
    const reply = await send(save('معرة النعمان', 'ملاحظة طويلة'));
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/storage for Dalil is full, so nothing was saved/),
    });
    // A second sighting of a saved term cannot be recorded either, and the term stays as it was.
    expect((await send(save('كفرنبل', 'changed'))).ok).toBe(false);
    const annotated = await send({ type: 'annotate', text: ARTICLE, signals: { lang: 'ar' }, force: true });
    expect(annotated.ok && (annotated.value as { entities: unknown[] }).entities.length).toBeGreaterThan(2);
    faults().set({});
    expect(await snapshot(glossaryDb())).toEqual(before);
  });

  it('IndexedDB unavailable: a clear message; annotate, describe and lookup still answer', async () => {
    const before = await snapshot(glossaryDb());
    faults().set({ mode: 'unavailable' });
    const reply = await send(save('حلب'));
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/database is not available.*nothing was saved/),
    });
    const annotated = await send({ type: 'annotate', text: ARTICLE, signals: { lang: 'ar' }, force: true });
    const names = annotated.ok
      ? (annotated.value as { entities: Array<{ text: string }> }).entities.map((e) => e.text)
      : [];
    expect(names).toEqual(expect.arrayContaining(['كنصفرة', 'إدلب']));
    const described = await send({ type: 'describe', id: 'g:idlib' });
    expect(described).toMatchObject({ ok: true, value: { en: 'Idlib', saved: false } });
    expect(await send({ type: 'lookupName', name: 'إدلب' })).toMatchObject({ ok: true });
    faults().set({});
    expect(await snapshot(glossaryDb())).toEqual(before);
  });

  it('IndexedDB that cannot be opened at all (indexedDB.open fails): the same clear message', async () => {
    const factory = Dexie.dependencies.indexedDB as IDBFactory;
    const open = vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    });
    try {
      const db = new GlossaryDb('dalil-unopenable');
      const failure = await saveWith(db).catch((error: unknown) => error);
      const { userMessage } = await import('../common/errors');
      expect(userMessage(failure)).toMatch(/database is not available/);
    } finally {
      open.mockRestore();
    }
  });

  it('the fault middleware itself leaves a healthy database alone', async () => {
    const db = new GlossaryDb('dalil-middleware-healthy');
    db.use(faultMiddleware);
    await installPack(db, TEST_PACK);
    expect(await db.entries.count()).toBe(TEST_PACK.entries.length);
    await db.delete();
  });
});

async function saveWith(db: GlossaryDb) {
  await db.terms.put({ key: 'user:x' } as never);
}
