/**
 * Where LocatorMap gets its geometry: the background draws it from the bundled country
 * outlines (`locatorMap` request, src/background/reading-handlers.ts) and answers with
 * SVG path data, so neither the content script nor any page carries the atlas. Works
 * from every extension context (tooltip, popup, options); answers are cached per point.
 */
import type { LocatorGeometry } from '../common/messages';
import { send } from '../common/send';

const cache = new Map<string, Promise<LocatorGeometry>>();

export function locatorGeometry(
  lat: number,
  lon: number,
  country?: string,
  kind?: string,
): Promise<LocatorGeometry> {
  const key = `${lat.toFixed(3)},${lon.toFixed(3)},${country ?? ''},${kind ?? ''}`;
  let answer = cache.get(key);
  if (!answer) {
    answer = send({ type: 'locatorMap', lat, lon, country, kind });
    answer.catch(() => cache.delete(key));
    cache.set(key, answer);
  }
  return answer;
}
