/**
 * Where LocatorMap gets its geometry: the background draws it from the bundled country
 * outlines (`locatorMap` request, src/background/reading-handlers.ts) and answers with
 * SVG path data, so neither the content script nor any page carries the atlas. Works
 * from every extension context (tooltip, popup, options); answers are cached per point.
 * No polyfill import: this module is bundled into the small content script.
 */
import type { LocatorGeometry, Reply } from '../common/messages';

const cache = new Map<string, Promise<LocatorGeometry>>();

function send(message: unknown): Promise<unknown> {
  const g = globalThis as unknown as {
    browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(message);
}

export function locatorGeometry(
  lat: number,
  lon: number,
  country?: string,
  kind?: string,
): Promise<LocatorGeometry> {
  const key = `${lat.toFixed(3)},${lon.toFixed(3)},${country ?? ''},${kind ?? ''}`;
  let answer = cache.get(key);
  if (!answer) {
    answer = send({ type: 'locatorMap', lat, lon, country, kind }).then((reply) => {
      const value = reply as Reply<LocatorGeometry> | undefined;
      if (!value?.ok) throw new Error(value?.ok === false ? value.error : 'no answer');
      return value.value;
    });
    answer.catch(() => cache.delete(key));
    cache.set(key, answer);
  }
  return answer;
}
