/** Small hooks the glossary page shares. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { glossaryDb, type SavedTerm } from '../glossary/db';

/** A value that follows `value` after `delay` ms of quiet (search-as-you-type). */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export type TermsState = { terms: SavedTerm[] | undefined; error?: string };

/**
 * Every saved term, kept current: Dexie's live query re-reads when any context (the
 * tooltip's Save, the context menu, an import) changes the `terms` table.
 */
export function useAllTerms(): TermsState {
  const [state, setState] = useState<TermsState>({ terms: undefined });
  useEffect(() => {
    const subscription = liveQuery(() => glossaryDb().terms.toArray()).subscribe({
      next: (terms) => setState({ terms }),
      error: (error: unknown) => setState({ terms: [], error: String(error) }),
    });
    return () => subscription.unsubscribe();
  }, []);
  return state;
}
