/**
 * Fault injection for the reliability e2e suite, in development builds only (index.ts
 * installs it behind `process.env.NODE_ENV !== 'production'`, so esbuild drops it from
 * `npm run build`). A Dexie middleware on the worker's own database can make every
 * operation fail as if IndexedDB were unavailable, make writes fail as if the disk were
 * full, or hold a write's transaction open (after the write, before the commit) so a
 * test can stop the worker in the middle of a save or of a pack batch.
 *
 * From a test: `serviceWorker.evaluate(() => self.__dalilFaults.set({ mode: 'quota' }))`, or,
 * once the worker has been restarted (Playwright does not report the new worker), a
 * message `{ __dalilFaults: { mode: 'quota' } }` from one of the extension's own pages.
 * A restarted worker starts without faults.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { GlossaryDb } from '../glossary/db';

export interface Faults {
  mode?: 'none' | 'quota' | 'unavailable';
  /** Milliseconds to hold each write's transaction open after the write, per table. */
  holdWrites?: Record<string, number>;
}

let faults: Faults = {};

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** Keeps the transaction alive (requests in flight) for `ms` without changing anything. */
async function hold(table: DBCoreTable, trans: DBCoreMutateRequest['trans'], ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) await table.get({ trans, key: '\uffff dalil-fault-hold' });
}

export const faultMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'dalil-faults',
  create(down) {
    return {
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        const unavailable = () =>
          faults.mode === 'unavailable'
            ? Promise.reject(named('OpenFailedError', 'IndexedDB is not available (injected fault)'))
            : undefined;
        return {
          ...table,
          get: (req) => unavailable() ?? table.get(req),
          getMany: (req) => unavailable() ?? table.getMany(req),
          query: (req) => unavailable() ?? table.query(req),
          openCursor: (req) => unavailable() ?? table.openCursor(req),
          count: (req) => unavailable() ?? table.count(req),
          // No await before calling down: Dexie's transaction zone must reach the layers below.
          mutate(req) {
            const refused = unavailable();
            if (refused) return refused;
            if (faults.mode === 'quota')
              return Promise.reject(
                named('QuotaExceededError', 'The quota has been exceeded (injected fault).'),
              );
            const ms = faults.holdWrites?.[tableName] ?? 0;
            const written = table.mutate(req);
            return ms > 0 ? written.then((result) => hold(table, req.trans, ms).then(() => result)) : written;
          },
        };
      },
    };
  },
};

interface RuntimeLike {
  id: string;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: { id?: string }, reply: (r: unknown) => void) => undefined,
    ): void;
  };
}

export function installFaultHooks(db: GlossaryDb): void {
  db.use(faultMiddleware);
  const g = globalThis as unknown as {
    browser?: { runtime?: RuntimeLike };
    chrome?: { runtime?: RuntimeLike };
  };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  runtime?.onMessage.addListener((message, sender, reply) => {
    const wanted = (message as { __dalilFaults?: Faults } | null)?.__dalilFaults;
    if (sender.id !== runtime.id || typeof wanted !== 'object' || wanted === null) return undefined;
    faults = { ...wanted };
    reply({ faults });
    return undefined;
  });
  (globalThis as unknown as { __dalilFaults: unknown }).__dalilFaults = {
    set(next: Faults) {
      faults = { ...next };
    },
    get: () => faults,
  };
}
