/** "Deleted 3 terms. Undo": a polite announcement with one button, gone after a while. */
import { useEffect } from 'preact/hooks';
import { g } from './i18n';

export interface UndoState {
  message: string;
  undo: () => void;
}

export function UndoBar({ state, onDone }: { state: UndoState | undefined; onDone: () => void }) {
  useEffect(() => {
    if (!state) return;
    const timer = setTimeout(onDone, 20_000);
    return () => clearTimeout(timer);
  }, [state, onDone]);
  return (
    <div class="undo" role="status">
      {state && (
        <>
          <span>{state.message}</span>
          <button
            type="button"
            onClick={() => {
              state.undo();
              onDone();
            }}
          >
            {g('undo', 'Undo')}
          </button>
        </>
      )}
    </div>
  );
}
