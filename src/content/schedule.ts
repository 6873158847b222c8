/** Giving the main thread back between slices of work, so no task runs long on a huge page. */

/** Milliseconds of work per slice: well under the 50 ms that makes a task "long". */
export const SLICE_MS = 12;

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` on each item, yielding whenever a slice's time is used up. */
export async function sliced<T>(
  items: T[],
  work: (item: T) => void,
  isCancelled: () => boolean,
): Promise<boolean> {
  let until = performance.now() + SLICE_MS;
  for (const item of items) {
    if (performance.now() > until) {
      await yieldToMain();
      if (isCancelled()) return false;
      until = performance.now() + SLICE_MS;
    }
    work(item);
  }
  return true;
}
