import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isValidShortcut,
  normaliseHost,
  type Settings,
  shortcutOf,
  siteMode,
  validateSettings,
  withSiteMode,
} from './settings';

const d = DEFAULT_SETTINGS;
/** A store every field of which differs from the defaults, and is valid. */
const CUSTOM: Settings = {
  kinds: { place: false, organization: true, person: false },
  colors: { place: '#112233', organization: '#445566', person: '#778899' },
  firstOnly: true,
  scope: 'page',
  hoverDelay: 750,
  shortcuts: { next: 'Ctrl+J', previous: 'Ctrl+K' },
  alwaysSites: ['aljazeera.net'],
  neverSites: ['example.com'],
  uiLanguage: 'ar',
  knownTerms: 'quiet',
};

/** What was stored, and what of the defaults it changes. */
const STORED: Array<[string, unknown, Partial<Settings>]> = [
  ['a complete valid store', CUSTOM, CUSTOM],
  ['nothing', undefined, {}],
  ['an empty object', {}, {}],
  ['an array', [1, 2], {}],
  ['null', null, {}],
  // Stores written by older versions: fields added since are missing, fields removed since remain.
  [
    'a store from before the interface language and the site lists',
    { kinds: CUSTOM.kinds, colors: CUSTOM.colors, firstOnly: true, hoverDelay: 750 },
    { kinds: CUSTOM.kinds, colors: CUSTOM.colors, firstOnly: true, hoverDelay: 750 },
  ],
  [
    'a store with the old saved-terms colour and style',
    { colors: { place: '#112233', saved: '#000000' }, kinds: { saved: true }, savedStyle: 'bold' },
    { colors: { ...d.colors, place: '#112233' } },
  ],
  ['a store with a kind left out', { kinds: { place: false } }, { kinds: { ...d.kinds, place: false } }],
  // Invalid values cost only their own field.
  ['a flag that is a number', { firstOnly: 1, scope: 'page' }, { scope: 'page' }],
  [
    'a colour that is a name',
    { colors: { ...CUSTOM.colors, organization: 'red' } },
    {
      colors: { ...CUSTOM.colors, organization: d.colors.organization },
    },
  ],
  ['a colour in capitals', { colors: { place: '#ABCDEF' } }, { colors: { ...d.colors, place: '#abcdef' } }],
  ['a delay that is text', { hoverDelay: '300ms', uiLanguage: 'ar' }, { uiLanguage: 'ar' }],
  ['a delay that is not finite', { hoverDelay: Number.POSITIVE_INFINITY }, {}],
  ['a negative delay', { hoverDelay: -5 }, { hoverDelay: 0 }],
  ['a fractional delay', { hoverDelay: 412.6 }, { hoverDelay: 413 }],
  ['an unknown scope', { scope: 'galaxy', firstOnly: true }, { firstOnly: true }],
  [
    'a shortcut without a modifier',
    { shortcuts: { next: 'J', previous: 'Ctrl+K' } },
    {
      shortcuts: { next: d.shortcuts.next, previous: 'Ctrl+K' },
    },
  ],
  ['shortcuts that are not an object', { shortcuts: 'Alt+J', hoverDelay: 100 }, { hoverDelay: 100 }],
  [
    'a site list that is text',
    { alwaysSites: 'bbc.com', neverSites: ['bbc.com'] },
    { neverSites: ['bbc.com'] },
  ],
  [
    'an unknown language',
    { uiLanguage: 'fr', kinds: { person: false } },
    { kinds: { ...d.kinds, person: false } },
  ],
];

describe('validateSettings', () => {
  it.each(STORED)('%s', (_name, stored, changes) => {
    expect(validateSettings(stored)).toEqual({ ...d, ...changes });
  });

  it('what it gives can be changed without changing the defaults', () => {
    const settings = validateSettings({});
    settings.kinds.place = false;
    settings.alwaysSites.push('example.org');
    settings.shortcuts.next = 'Ctrl+Q';
    expect(validateSettings(undefined)).toEqual(d);
    expect(d.kinds.place).toBe(true);
    expect(d.alwaysSites).toEqual([]);
  });

  it('what it gives, it takes back unchanged', () => {
    expect(validateSettings(validateSettings(CUSTOM))).toEqual(CUSTOM);
  });

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
