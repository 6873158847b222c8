// @vitest-environment happy-dom
/** The glossary page's shared pieces as a reader meets them: by role and name. */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearningStatus } from '../common/pack';
import { FilePicker, PageLink, StatusField } from './ViewParts';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});
const show = (node: ComponentChild) => act(() => render(node, root));

describe('PageLink', () => {
  it.each([
    ['https://news.example/a', 'هدنة', 'هدنة'],
    ['file:///home/me/saved.html', '', 'file:///home/me/saved.html'],
  ])('links %s, named by its title or its address', (url, title, name) => {
    show(<PageLink page={{ url, title }} />);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe(url);
    expect(link?.textContent).toBe(name);
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it.each([
    ['javascript:alert(1)', 'خبر'],
    ['data:text/html,<b>x</b>', ''],
  ])('shows %s as text, never as a link', (url, title) => {
    show(<PageLink page={{ url, title }} />);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe(title || url);
  });
});

describe('StatusField', () => {
  it('is a select named by its label that reports the status chosen', () => {
    const chosen: LearningStatus[] = [];
    show(<StatusField label="Learning status" value="new" onChange={(status) => chosen.push(status)} />);
    const select = root.querySelector('label select') as HTMLSelectElement;
    expect(select.closest('label')?.textContent).toContain('Learning status');
    expect([...select.options].map((option) => option.value)).toEqual(['new', 'learning', 'known']);
    select.value = 'known';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual(['known']);
  });
});

describe('FilePicker', () => {
  it('hands over the chosen file and forgets it, so the same file can be chosen again', () => {
    const files: Array<File | undefined> = [];
    show(<FilePicker label="Choose a file" accept=".json" onFile={(file) => files.push(file)} />);
    const input = root.querySelector('label input[type="file"]') as HTMLInputElement;
    expect(input.closest('label')?.textContent).toBe('Choose a file');
    expect(input.accept).toBe('.json');
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(files).toEqual([file]);
    expect(input.value).toBe('');
  });
});
