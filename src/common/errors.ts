/** Errors in words a reader can act on, for every context that shows one. */

/** Storage failures in words a reader can act on; other errors keep their own message. */
export function userMessage(error: unknown): string {
  const names = new Set<string>();
  let message = '';
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, message: text, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (typeof name === 'string') names.add(name);
    if (!message && typeof text === 'string') message = text;
    e = inner;
  }
  if (names.has('QuotaExceededError') || /quota/i.test(message))
    return 'The browser’s storage for Dalil is full, so nothing was saved. Free some disk space and try again; highlights keep working.';
  if (
    ['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'UnknownError'].some(
      (n) => names.has(n),
    )
  )
    return 'Dalil’s glossary database is not available in this browser window (private browsing or storage turned off), so nothing was saved. Highlights keep working.';
  return message || String(error);
}
