/**
 * The background's real handler table answers every request with a reply its schema
 * (src/common/replies.ts) accepts whole: `send` would neither refuse it nor drop a field
 * a handler wrote for the caller. Run on fake-indexeddb with the test pack; only what
 * needs a browser (injecting the reader, opening a page, reading `_locales`) is left out.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_REPLIES } from '../common/replies';
import { unwrap } from '../common/send';
import { TEST_PACK } from '../engine/testing';
import { glossaryDb } from '../glossary/db';
import { installPack } from '../glossary/pack-loader';
import { handlers } from './handler-table';
import { VALID } from './requests.test-util';
import { routeMessage } from './router';

vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('./engine-host', () => import('./engine-host.test-util'));

const OWN = 'dalil-test-id';
const sender = { id: OWN, url: `chrome-extension://${OWN}/options.html` };
/** These act on a tab, open one or read the package: without a browser they can only fail. */
const NEEDS_A_BROWSER = new Set(['loadReader', 'openAbout', 'interfaceMessages']);

beforeAll(() => installPack(glossaryDb(), TEST_PACK));

describe('the real handlers’ replies', () => {
  it.each(
    VALID.filter((request) => !NEEDS_A_BROWSER.has(request.type)).map((request) => [request.type, request]),
  )('%s: the reply passes its schema unchanged', async (type, request) => {
    const reply = await routeMessage(request, sender, OWN, handlers);
    // What the browser carries: JSON in Chromium (undefined fields are dropped).
    const carried = JSON.parse(JSON.stringify(reply));
    expect(carried).toMatchObject({ ok: true });
    expect(unwrap(carried, BACKGROUND_REPLIES[type], 'The background', type)).toEqual(carried.value);
  });
});
