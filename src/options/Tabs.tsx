/**
 * WAI-ARIA tabs: a tablist whose arrow keys, Home and End move between tabs; inactive
 * panels are hidden. The chosen tab is kept in the URL's hash so it survives a reload.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

export function Tabs({ tabs, label }: { tabs: TabSpec[]; label: string }) {
  const fromHash = () => tabs.find((tab) => `#${tab.id}` === location.hash)?.id ?? tabs[0].id;
  const [active, setActive] = useState(fromHash);
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    const onHash = () => setActive(fromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  });

  const select = (id: string, focus = false) => {
    setActive(id);
    history.replaceState(null, '', `#${id}`);
    if (focus) buttons.current[id]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const i = tabs.findIndex((tab) => tab.id === active);
    const rtl = document.documentElement.dir === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
    let next: number | undefined;
    if (event.key in step) next = (i + step[event.key] + tabs.length) % tabs.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[next].id, true);
  };

  return (
    <>
      <div role="tablist" aria-label={label} class="tabs" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            ref={(element) => {
              buttons.current[tab.id] = element;
            }}
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== active}
          class="tabpanel"
        >
          {tab.id === active && tab.render()}
        </div>
      ))}
    </>
  );
}
