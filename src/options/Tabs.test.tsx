// @vitest-environment happy-dom
/** The glossary page's tabs as a keyboard user meets them (WAI-ARIA tabs pattern). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Tabs } from './Tabs';

const TABS = [
  { id: 'saved', label: 'Saved', render: () => <p>saved terms</p> },
  { id: 'browse', label: 'Browse', render: () => <p>the pack</p> },
  { id: 'settings', label: 'Settings', render: () => <p>settings form</p> },
];

let root: HTMLElement;
beforeEach(() => {
  history.replaceState(null, '', '/options.html');
  document.documentElement.dir = 'ltr';
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Tabs tabs={TABS} label="Glossary" />, root));
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const tabs = () => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selected = () => tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;
const visiblePanel = () =>
  [...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((p) => !p.hidden);
const press = (key: string) =>
  act(() => {
    (document.activeElement ?? tabs()[0]).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('Tabs', () => {
  it('names the tab list, selects the first tab and shows only its panel', () => {
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Glossary');
    expect(selected()).toBe('Saved');
    expect(visiblePanel()?.textContent).toBe('saved terms');
    expect(visiblePanel()?.getAttribute('aria-labelledby')).toBe('tab-saved');
    // Only the selected tab is in the Tab order.
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });

  it('moves with the arrow keys (wrapping), Home and End, and keeps focus on the chosen tab', () => {
    tabs()[0].focus();
    press('ArrowRight');
    expect(selected()).toBe('Browse');
    expect(document.activeElement?.textContent).toBe('Browse');
    expect(visiblePanel()?.textContent).toBe('the pack');
    press('End');
    expect(selected()).toBe('Settings');
    press('ArrowRight');
    expect(selected()).toBe('Saved');
    press('ArrowLeft');
    expect(selected()).toBe('Settings');
    press('Home');
    expect(selected()).toBe('Saved');
    expect(location.hash).toBe('#saved');
  });

  it('follows the reading direction: in Arabic, the left arrow goes to the next tab', () => {
    document.documentElement.dir = 'rtl';
    tabs()[0].focus();
    press('ArrowLeft');
    expect(selected()).toBe('Browse');
    press('ArrowRight');
    expect(selected()).toBe('Saved');
  });

  it('keeps the chosen tab in the URL and follows the URL back', () => {
    act(() => tabs()[2].click());
    expect(location.hash).toBe('#settings');
    expect(visiblePanel()?.textContent).toBe('settings form');
    act(() => {
      history.replaceState(null, '', '#browse');
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(selected()).toBe('Browse');
  });
});
