/**
 * `send` and `sendToTab` check every answer against the reply schema of the request's
 * type: what the other side got wrong becomes a MessageError, never a value of the
 * declared type.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MessageError, send, sendToTab } from './send';

const g = globalThis as { chrome?: unknown };
afterEach(() => {
  delete g.chrome;
});

/** The browser's messaging, answering every message with `answer` (or throwing it). */
function browserAnswering(answer: unknown, throws = false) {
  const sent: unknown[] = [];
  const reply = async (message: unknown) => {
    sent.push(message);
    if (throws) throw answer;
    return answer;
  };
  g.chrome = {
    runtime: { sendMessage: reply },
    tabs: { sendMessage: (_tab: number, message: unknown) => reply(message) },
  };
  return sent;
}

const detection = { language: 'ar', isArabic: true, isPolitical: true, score: 3, reasons: ['names'] };
const entity = {
  start: 0,
  end: 4,
  text: 'إدلب',
  type: 'place',
  id: 'g:idlib',
  name_ar: 'إدلب',
  name_en: 'Idlib',
  source: 'glossary',
  saved: false,
};
const pageState = { status: 'annotated', counts: { place: 1, organization: 0, person: 0 }, entities: [] };

async function failure(work: Promise<unknown>): Promise<MessageError> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MessageError);
  return error as MessageError;
}

describe('send', () => {
  it('gives the value of a reply that matches its schema', async () => {
    const sent = browserAnswering({ ok: true, value: { detection, entities: [entity] } });
    const request = { type: 'annotate', text: 'إدلب', signals: {} } as const;
    expect(await send(request)).toEqual({ detection, entities: [entity] });
    expect(sent).toEqual([request]);
  });

  it('drops fields no schema declares', async () => {
    browserAnswering({ ok: true, value: { key: 'g:idlib', contexts: [{ sentence: 'elsewhere' }] } });
    const term = { ar: 'إدلب', en: 'Idlib', type: 'place' } as const;
    expect(await send({ type: 'saveTerm', term, context: { sentence: '', url: '', title: '' } })).toEqual({
      key: 'g:idlib',
    });
  });

  it.each([
    [
      'annotate',
      { type: 'annotate', text: 'x', signals: {} },
      { detection, entities: [{ ...entity, type: 'weapon' }] },
    ],
    ['annotate', { type: 'annotate', text: 'x', signals: {} }, { entities: [] }],
    ['describe', { type: 'describe', id: 'g:idlib' }, { id: 'g:idlib' }],
    ['unsaveTerm', { type: 'unsaveTerm', term: { ar: 'x' } }, 'yes'],
    ['loadReader', { type: 'loadReader' }, undefined],
    ['locate', { type: 'locate', id: 'g:idlib' }, { lat: '35.9', lon: 36.6 }],
    ['locatorMap', { type: 'locatorMap', lat: 0, lon: 0 }, { width: 1, height: 1, land: '', dot: [1] }],
    ['interfaceMessages', { type: 'interfaceMessages', language: 'ar' }, { a: 1 }],
  ] as const)('refuses a malformed %s reply', async (type, request, value) => {
    browserAnswering({ ok: true, value });
    const error = await failure(send(request));
    expect(error.reason).toBe('malformed');
    expect(error.message).toContain(`“${type}”`);
  });

  it('names the field that is wrong', async () => {
    browserAnswering({ ok: true, value: { detection, entities: [{ ...entity, saved: 'no' }] } });
    const error = await failure(send({ type: 'annotate', text: 'x', signals: {} }));
    expect(error.message).toContain('entities.0.saved');
  });

  it('turns an error reply into its sentence', async () => {
    browserAnswering({ ok: false, error: 'The storage for Dalil is full.' });
    const error = await failure(send({ type: 'packStatus' }));
    expect(error).toMatchObject({ reason: 'refused', message: 'The storage for Dalil is full.' });
  });

  it.each([[undefined], [null], ['done'], [{ error: 'boom' }], [{ ok: 'yes', value: 1 }], [{ ok: false }]])(
    'says the background did not answer for %j',
    async (reply) => {
      browserAnswering(reply);
      const error = await failure(send({ type: 'attributions' }));
      expect(error).toMatchObject({ reason: 'malformed', message: 'Dalil’s background did not answer.' });
    },
  );

  it('says the worker stopped when the channel closed mid-request', async () => {
    browserAnswering(new Error('The message port closed before a response was received.'), true);
    expect(await failure(send({ type: 'attributions' }))).toMatchObject({ reason: 'stopped' });
  });

  it('passes any other failure of the browser on as it is', async () => {
    const odd = new Error('odd');
    browserAnswering(odd, true);
    await expect(send({ type: 'attributions' })).rejects.toBe(odd);
  });
});

describe('sendToTab', () => {
  it('gives a page state that matches its schema', async () => {
    browserAnswering({ ok: true, value: pageState });
    expect(await sendToTab(1, { type: 'pageState' })).toEqual(pageState);
  });

  it('never takes an error for a page state', async () => {
    browserAnswering({ ok: true, value: { error: 'Cannot read the page' } });
    expect(await failure(sendToTab(1, { type: 'pageState' }))).toMatchObject({ reason: 'malformed' });
    browserAnswering({ error: 'Cannot read the page' });
    expect(await failure(sendToTab(1, { type: 'reveal', index: 0 }))).toMatchObject({
      reason: 'malformed',
      message: 'The page did not answer.',
    });
  });

  it('says the page did not answer when it has no content script', async () => {
    browserAnswering(new Error('Could not establish connection. Receiving end does not exist.'), true);
    expect(await failure(sendToTab(1, { type: 'pageState' }))).toMatchObject({
      reason: 'stopped',
      message: 'The page did not answer.',
    });
  });

  it('takes no selection as an answer, and refuses half a one', async () => {
    browserAnswering({ ok: true, value: null });
    expect(await sendToTab(1, { type: 'selectionContext' })).toBeNull();
    browserAnswering({ ok: true, value: { text: 'إدلب' } });
    expect(await failure(sendToTab(1, { type: 'selectionContext' }))).toMatchObject({ reason: 'malformed' });
  });
});
