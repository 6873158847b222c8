import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isValidShortcut,
  normaliseHost,
  shortcutOf,
  siteMode,
  validateSettings,
  withSiteMode,
} from './settings';

describe('validateSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ kinds: 3, colors: [], hoverDelay: 'slow', scope: 'galaxy' })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  it.each([
    ['ar', 'ar'],
    ['en', 'en'],
    ['auto', 'auto'],
    ['fr', 'auto'],
    [7, 'auto'],
  ])('reads the interface language %j as %j', (uiLanguage, expected) => {
    expect(validateSettings({ uiLanguage }).uiLanguage).toBe(expected);
  });

  it.each([
    ['shown', 'shown'],
    ['quiet', 'quiet'],
    ['hidden', 'hidden'],
    ['faint', 'shown'],
    [true, 'shown'],
  ])('reads the known-terms style %j as %j', (knownTerms, expected) => {
    expect(validateSettings({ knownTerms }).knownTerms).toBe(expected);
  });

  it('keeps valid fields and replaces invalid ones field by field', () => {
    const settings = validateSettings({
      kinds: { place: false, organization: 'yes' },
      colors: { place: '#ABCDEF', organization: 'red', saved: '#000000' },
      firstOnly: true,
      scope: 'page',
      hoverDelay: 99_999,
      shortcuts: { next: 'Alt+J', previous: 'J' },
    });
    expect(settings.kinds).toEqual({ ...DEFAULT_SETTINGS.kinds, place: false });
    expect(settings.colors.place).toBe('#abcdef');
    expect(settings.colors.organization).toBe(DEFAULT_SETTINGS.colors.organization);
    // A stored setting of an older version (the saved-terms style) is dropped.
    expect(settings.colors).not.toHaveProperty('saved');
    expect(settings.firstOnly).toBe(true);
    expect(settings.scope).toBe('page');
    expect(settings.hoverDelay).toBe(2000);
    expect(settings.shortcuts).toEqual({ next: 'Alt+J', previous: DEFAULT_SETTINGS.shortcuts.previous });
  });

  it('never lets both shortcuts be the same', () => {
    const { shortcuts } = validateSettings({ shortcuts: { next: 'Alt+K', previous: 'Alt+K' } });
    expect(shortcuts.next).not.toBe(shortcuts.previous);
  });

  it('cleans site lists; a site on both lists is never annotated', () => {
    const settings = validateSettings({
      alwaysSites: ['https://www.Aljazeera.net/news/x', 'bbc.com', 'not a host', 'bbc.com', 7],
      neverSites: ['bbc.com'],
    });
    expect(settings.alwaysSites).toEqual(['aljazeera.net']);
    expect(settings.neverSites).toEqual(['bbc.com']);
  });
});

describe('site modes', () => {
  const settings = validateSettings({ alwaysSites: ['enabbaladi.net'], neverSites: ['example.com'] });
  it.each([
    ['www.enabbaladi.net', 'always'],
    ['news.example.com', 'never'],
    ['example.org', 'auto'],
  ])('%s → %s', (host, mode) => expect(siteMode(settings, host)).toBe(mode));

  it('moves a host between lists', () => {
    const never = withSiteMode(settings, 'enabbaladi.net', 'never');
    expect(never.alwaysSites).toEqual([]);
    expect(never.neverSites).toContain('enabbaladi.net');
    expect(siteMode(withSiteMode(never, 'enabbaladi.net', 'auto'), 'enabbaladi.net')).toBe('auto');
  });
});

describe('shortcuts', () => {
  it.each([
    ['Alt+Shift+ArrowDown', true],
    ['Ctrl+J', true],
    ['Shift+J', false],
    ['J', false],
    ['Alt+Alt+J', false],
    ['Alt+Shift', false],
  ])('%s valid: %s', (shortcut, valid) => expect(isValidShortcut(shortcut)).toBe(valid));

  it('records letters from the physical key, whatever the layout types', () => {
    const event = { ctrlKey: false, altKey: true, shiftKey: false, metaKey: false, key: '∆', code: 'KeyJ' };
    expect(shortcutOf(event)).toBe('Alt+J');
    expect(shortcutOf({ ...event, shiftKey: true, key: 'ArrowDown', code: 'ArrowDown' })).toBe(
      'Alt+Shift+ArrowDown',
    );
  });

  it('normalises hosts', () => {
    expect(normaliseHost(' WWW.Example.COM. ')).toBe('example.com');
    expect(normaliseHost('http://127.0.0.1:8765/x')).toBe('127.0.0.1');
    expect(normaliseHost('a b')).toBeUndefined();
  });
});
