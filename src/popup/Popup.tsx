/**
 * The toolbar popup: the verdict for this page and its reasons, counts by kind, the
 * names on the page (click one to scroll to it and open its tooltip), the per-site
 * switch, "annotate this page" and, on first install, the glossary's loading progress.
 */

import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageState } from '../common/messages';
import { ENTITY_TYPES } from '../common/pack';
import { sendToTab } from '../common/send';
import {
  loadSettings,
  type Scope,
  type SiteMode,
  saveSettings,
  siteMode,
  withSiteMode,
} from '../common/settings';
import { label } from '../ui/labels';
import { distinctCounts, EntityList, groupEntities } from './EntityList';
import { PackProgressBar } from './PackProgressBar';
import { SiteSwitch } from './SiteSwitch';
import { verdictOf } from './verdict';

/** Tests open the popup as a tab and name the tab to inspect with ?tab=ID. */
const queryTab = Number(new URLSearchParams(location.search).get('tab'));

async function targetTabId(): Promise<number | undefined> {
  if (Number.isInteger(queryTab) && queryTab > 0) return queryTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'state'; tabId: number; state: PageState };

export function Popup() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [mode, setMode] = useState<SiteMode>('auto');
  const [scope, setScope] = useState<Scope>('article');

  const refresh = async () => {
    const tabId = await targetTabId();
    if (tabId === undefined) return setView({ kind: 'unavailable' });
    try {
      const state = await sendToTab(tabId, { type: 'pageState' });
      const settings = await loadSettings();
      setScope(settings.scope);
      if (state.host) setMode(siteMode(settings, state.host));
      setView({ kind: 'state', tabId, state });
    } catch {
      setView({ kind: 'unavailable' });
    }
  };

  useEffect(() => {
    void refresh();
  }, []);

  if (view.kind === 'loading') {
    return (
      <main class="popup">
        <p class="muted">{label('popup_loading', 'Loading…')}</p>
      </main>
    );
  }
  if (view.kind === 'unavailable') {
    return (
      <main class="popup">
        <h1>{label('popup_title', 'Dalil')}</h1>
        <p role="status">{label('popup_unavailable', 'Dalil does not run on this page.')}</p>
        <PackProgressBar />
      </main>
    );
  }
  const { state, tabId } = view;
  const annotateNow = async () => {
    setView({ kind: 'state', tabId, state: { ...state, status: 'annotating' } });
    setView({ kind: 'state', tabId, state: await sendToTab(tabId, { type: 'annotateNow' }) });
  };
  const reveal = async (index: number) => {
    await sendToTab(tabId, { type: 'reveal', index });
    // A real popup gets out of the way of the tooltip; the test tab stays.
    if (!(queryTab > 0)) window.close();
  };
  const changeMode = async (next: SiteMode) => {
    if (!state.host) return;
    setMode(next);
    await saveSettings(withSiteMode(await loadSettings(), state.host, next));
    // The content script reacts to the settings change; read its new state shortly after.
    setTimeout(() => void refresh(), 600);
  };
  const rows = groupEntities(state.entities);
  const distinct = distinctCounts(rows);
  const verdict = verdictOf(state, mode, scope, distinct);
  return (
    <main class="popup">
      <h1>{label('popup_title', 'Dalil')}</h1>
      <p role="status" class={`verdict verdict-${state.status}`}>
        {verdict.text}
      </p>
      {verdict.why.length > 0 && (
        <section class="reasons" aria-label={label('popup_reasons', 'Why')}>
          {verdict.why.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </section>
      )}
      {rows.length > 0 && (
        <dl class="counts" aria-label={label('popup_counts', 'Names found on this page')}>
          {ENTITY_TYPES.map((type) => (
            <div key={type} class={`count count-${type}`}>
              <dt>
                {label(
                  `popup_count_${type}`,
                  { place: 'Places', organization: 'Organisations', person: 'People' }[type],
                )}
              </dt>
              <dd>{distinct[type]}</dd>
            </div>
          ))}
        </dl>
      )}
      {verdict.offerAnnotate && (
        <button type="button" class="primary" onClick={annotateNow}>
          {label('popup_annotate', 'Annotate this page')}
        </button>
      )}
      {rows.length > 0 && <EntityList rows={rows} onReveal={reveal} />}
      {state.host && <SiteSwitch host={state.host} mode={mode} onChange={changeMode} />}
      <PackProgressBar />
      <p class="links">
        <a href={browser.runtime.getURL('options.html')} target="_blank" rel="noreferrer">
          {label('popup_open_glossary', 'Open glossary and settings')}
        </a>
      </p>
    </main>
  );
}
