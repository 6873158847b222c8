/**
 * Keeps the CLI's memory bounded on huge inputs. Its live data is the lexicon (most of the
 * ~220 MB it starts with) and one piece of text; but annotating makes garbage quickly and
 * V8, left alone, lets the heap grow to gigabytes before collecting it. So after each
 * piece, when the process has grown past a budget, a full collection runs (rarely: a few
 * times per hundred megabytes of text).
 */
import { memoryUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const BUDGET_BYTES = 260 * 1024 * 1024;

let collect: (() => void) | undefined;

function collector(): () => void {
  if (!collect) {
    // The documented way to reach gc() without --expose-gc on the command line.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

export function keepMemoryBounded(): void {
  if (memoryUsage.rss() > BUDGET_BYTES) collector()();
}
