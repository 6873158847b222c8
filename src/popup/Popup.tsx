/** The toolbar popup: was this page recognised, and how many places and organisations were found. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageState } from '../common/messages';
import { TYPE_LABEL } from '../ui/labels';

/** Tests open the popup as a tab and name the tab to inspect with ?tab=ID. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'state'; tabId: number; state: PageState };

function verdictText(state: PageState): string {
  if (state.status === 'annotated' && state.detection?.isArabic && state.detection.isPolitical) {
    return 'Arabic political news: annotated';
  }
  if (state.status === 'annotated' && state.entities.length > 0) return 'Annotated on request';
  if (state.status === 'annotating') return 'Reading this page…';
  if (state.status === 'error') return `Dalil could not read this page: ${state.error ?? 'unknown error'}`;
  if (state.detection && !state.detection.isArabic) return 'Not an Arabic page';
  return 'Not recognised as Arabic political news';
}

export function Popup() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  const refresh = async () => {
    const tabId = await targetTabId();
    if (tabId === undefined) return setView({ kind: 'unavailable' });
    try {
      const state = (await browser.tabs.sendMessage(
        tabId,
        { type: 'pageState' },
        { frameId: 0 },
      )) as PageState;
      setView({ kind: 'state', tabId, state });
    } catch {
      setView({ kind: 'unavailable' });
    }
  };

  useEffect(() => {
    void refresh();
  }, []);

  if (view.kind === 'loading') return <main class="popup">Loading…</main>;
  if (view.kind === 'unavailable') {
    return (
      <main class="popup">
        <h1>Dalil</h1>
        <p role="status">Dalil does not run on this page.</p>
      </main>
    );
  }
  const { state, tabId } = view;
  const annotateNow = async () => {
    const next = (await browser.tabs.sendMessage(
      tabId,
      { type: 'annotateNow' },
      { frameId: 0 },
    )) as PageState;
    setView({ kind: 'state', tabId, state: next });
  };
  return (
    <main class="popup">
      <h1>Dalil</h1>
      <p role="status" class="verdict">
        {verdictText(state)}
      </p>
      {state.detection && state.detection.reasons.length > 0 && (
        <ul class="reasons" aria-label="Reasons">
          {state.detection.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <dl class="counts" aria-label="Found on this page">
        {(['place', 'organization', 'person'] as const).map((type) => (
          <div key={type} class={`count count-${type}`}>
            <dt>{`${TYPE_LABEL[type]}s`}</dt>
            <dd>{state.counts[type]}</dd>
          </div>
        ))}
      </dl>
      {state.status !== 'annotated' || state.entities.length === 0 ? (
        <button type="button" onClick={annotateNow}>
          Annotate this page
        </button>
      ) : null}
      <p>
        <a href={browser.runtime.getURL('options.html')} target="_blank" rel="noreferrer">
          Open glossary
        </a>
      </p>
    </main>
  );
}
