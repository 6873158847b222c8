/** Typed request/response to the background, unwrapping its `Reply`. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, Reply } from './messages';

export async function sendToBackground<T>(request: BackgroundRequest): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error('Dalil’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
