/** Small pure helpers of the settings form. */
import { normaliseHost } from '../common/settings';

/** One hostname per line (or comma-separated) → clean, unique list; invalid lines are reported. */
export function parseHostList(text: string): { hosts: string[]; invalid: string[] } {
  const hosts: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/[\n,]+/)) {
    if (!line.trim()) continue;
    const host = normaliseHost(line);
    if (host) {
      if (!hosts.includes(host)) hosts.push(host);
    } else invalid.push(line.trim());
  }
  return { hosts, invalid };
}
