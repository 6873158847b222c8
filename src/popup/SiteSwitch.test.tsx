// @vitest-environment happy-dom
/** The popup's per-site switch: a named group of three choices that reports the reader's pick. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { SiteMode } from '../common/settings';
import { SiteSwitch } from './SiteSwitch';

function mount(mode: SiteMode, picks: SiteMode[]) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(<SiteSwitch host="news.example" mode={mode} onChange={(next) => picks.push(next)} />, root),
  );
  return root;
}

describe('SiteSwitch', () => {
  it('is a group named for the site with the current mode checked', () => {
    const root = mount('never', []);
    expect(root.querySelector('fieldset legend')?.textContent).toBe('On news.example');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.parentElement?.textContent)).toEqual(['Automatic', 'Always', 'Never']);
    expect(radios.filter((radio) => radio.checked).map((radio) => radio.value)).toEqual(['never']);
    // One group: the arrow keys move between the three, as in any radio group.
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
  });

  it('reports the choice the reader makes', () => {
    const picks: SiteMode[] = [];
    const root = mount('auto', picks);
    const always = root.querySelector<HTMLInputElement>('input[value="always"]')!;
    act(() => always.click());
    expect(picks).toEqual(['always']);
  });
});
