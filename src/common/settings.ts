/**
 * The reader's settings, stored in `storage.sync` (small, follows the reader across
 * devices). Everything read back is validated field by field with valibot, like the
 * messages: a missing or malformed field takes its default, so an old or hand-edited
 * store never breaks a page and never costs the reader the fields that are still good.
 * No polyfill import: this module is bundled into the small content script.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from './pack';

/**
 * The kinds the page is painted with. Saved terms are not a kind of their own: the page
 * can read the highlight registry, so a saved term is painted exactly as an unsaved one
 * and is marked only inside Dalil's own interface (docs/privacy.md).
 */
export type HighlightKind = EntityType;
export type SiteMode = 'always' | 'never' | 'auto';
export type Scope = 'article' | 'page';
/** The interface language: the browser's (auto), or one the reader chose. */
export type InterfaceLanguage = 'auto' | 'en' | 'ar';
export const INTERFACE_LANGUAGES: InterfaceLanguage[] = ['auto', 'en', 'ar'];
/**
 * How terms the reader marked known look on the page: as every other name, faintly, or not
 * at all. Other than "shown", Dalil paints through its own closed overlay instead of the
 * page-readable highlight registry (docs/privacy.md).
 */
export type KnownTermsStyle = 'shown' | 'quiet' | 'hidden';
export const KNOWN_TERMS_STYLES: KnownTermsStyle[] = ['shown', 'quiet', 'hidden'];

export interface Shortcuts {
  next: string;
  previous: string;
}

export interface Settings {
  /** Which kinds are painted. */
  kinds: Record<HighlightKind, boolean>;
  /** One colour per kind, `#rrggbb`. */
  colors: Record<HighlightKind, string>;
  /** Paint only the first occurrence of each entity on the page. */
  firstOnly: boolean;
  /** Read only the article (default) or every readable block of the page. */
  scope: Scope;
  /** Milliseconds the pointer rests on a name before its tooltip opens. */
  hoverDelay: number;
  shortcuts: Shortcuts;
  /** Hostnames (lower case, no "www.") where Dalil always / never annotates. */
  alwaysSites: string[];
  neverSites: string[];
  uiLanguage: InterfaceLanguage;
  knownTerms: KnownTermsStyle;
}

export const KINDS: readonly HighlightKind[] = ENTITY_TYPES;

/** Each kind's underline style, on the page and in the settings' preview alike. */
export const UNDERLINES: Record<HighlightKind, 'solid' | 'dashed' | 'dotted'> = {
  place: 'solid',
  organization: 'dashed',
  person: 'dotted',
};

/**
 * Okabe–Ito colours, chosen to stay apart for the common colour-vision deficiencies;
 * kinds also differ by underline style, so colour is never the only cue.
 */
export const DEFAULT_SETTINGS: Settings = {
  kinds: { place: true, organization: true, person: true },
  colors: { place: '#e69f00', organization: '#0072b2', person: '#cc79a7' },
  firstOnly: false,
  scope: 'article',
  hoverDelay: 300,
  // Alt+Shift+arrows: unused by Chrome, Firefox, NVDA, JAWS and VoiceOver defaults.
  shortcuts: { next: 'Alt+Shift+ArrowDown', previous: 'Alt+Shift+ArrowUp' },
  alwaysSites: [],
  neverSites: [],
  uiLanguage: 'auto',
  knownTerms: 'shown',
};

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 };
const MAX_SITES = 500;
const COLOR = /^#[0-9a-f]{6}$/i;
const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Meta'] as const;

/** "Alt+Shift+ArrowDown": at least one of Ctrl/Alt/Meta, then one key, so typing never triggers it. */
export function isValidShortcut(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const parts = value.split('+');
  const key = parts.pop();
  if (!key || (MODIFIERS as readonly string[]).includes(key)) return false;
  if (parts.length === 0 || new Set(parts).size !== parts.length) return false;
  if (!parts.every((part) => (MODIFIERS as readonly string[]).includes(part))) return false;
  return parts.some((part) => part !== 'Shift');
}

/** The shortcut an event would record, e.g. "Alt+Shift+ArrowDown". */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey' | 'key' | 'code'>,
): string {
  const parts: string[] = [];
  if (event.ctrlKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  if (event.metaKey) parts.push('Meta');
  // Alt changes letters on macOS (Alt+J is "∆"): letters and digits come from `code`.
  const fromCode = /^Key([A-Z])$|^Digit(\d)$/.exec(event.code);
  const key = fromCode
    ? (fromCode[1] ?? fromCode[2])
    : event.key.length === 1
      ? event.key.toUpperCase()
      : event.key;
  parts.push(key);
  return parts.join('+');
}

/** "Alt+Shift+ArrowDown" → "Alt+Shift+↓" for hints and the settings page. */
export function displayShortcut(shortcut: string): string {
  return shortcut
    .replace('ArrowDown', '↓')
    .replace('ArrowUp', '↑')
    .replace('ArrowLeft', '←')
    .replace('ArrowRight', '→');
}

/** "www.Example.com" → "example.com"; undefined for something that is not a hostname. */
export function normaliseHost(value: string): string | undefined {
  let host = value.trim().toLowerCase();
  if (!host) return undefined;
  try {
    if (host.includes('/')) host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) || /^\[[0-9a-f:]+\]$/.test(host) ? host : undefined;
}

function hostList(value: unknown[]): string[] {
  const hosts = value
    .filter((item): item is string => typeof item === 'string')
    .map(normaliseHost)
    .filter((host): host is string => host !== undefined);
  return [...new Set(hosts)].slice(0, MAX_SITES);
}

/** A field that takes `fallback` when it is missing or fails `schema`: one bad field never costs the others. */
function orDefault<S extends v.GenericSchema>(schema: S, fallback: () => v.InferOutput<S>) {
  return v.optional(v.fallback(schema, fallback), fallback);
}

/** One entry per kind, each falling back on its own. */
function perKind<S extends v.GenericSchema>(schema: S, defaults: Record<HighlightKind, v.InferOutput<S>>) {
  return orDefault(
    v.object({
      place: orDefault(schema, () => defaults.place),
      organization: orDefault(schema, () => defaults.organization),
      person: orDefault(schema, () => defaults.person),
    } satisfies Record<HighlightKind, unknown>),
    () => ({ ...defaults }),
  );
}

const d = DEFAULT_SETTINGS;
const ShortcutSchema = v.pipe(
  v.string(),
  v.check((value: string) => isValidShortcut(value)),
);
const SiteListSchema = v.pipe(v.array(v.unknown()), v.transform(hostList));

/** What storage may hold: anything; what comes out: complete, valid Settings. */
const SettingsSchema = v.pipe(
  v.fallback(
    v.object({
      kinds: perKind(v.boolean(), d.kinds),
      colors: perKind(v.pipe(v.string(), v.regex(COLOR), v.toLowerCase()), d.colors),
      firstOnly: orDefault(v.boolean(), () => d.firstOnly),
      scope: orDefault(v.picklist(['article', 'page']), () => d.scope),
      hoverDelay: orDefault(
        v.pipe(
          v.number(),
          v.finite(),
          v.transform((delay) =>
            Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay))),
          ),
        ),
        () => d.hoverDelay,
      ),
      shortcuts: orDefault(
        v.object({
          next: orDefault(ShortcutSchema, () => d.shortcuts.next),
          previous: orDefault(ShortcutSchema, () => d.shortcuts.previous),
        }),
        () => ({ ...d.shortcuts }),
      ),
      alwaysSites: orDefault(SiteListSchema, () => []),
      neverSites: orDefault(SiteListSchema, () => []),
      uiLanguage: orDefault(v.picklist(INTERFACE_LANGUAGES), () => d.uiLanguage),
      knownTerms: orDefault(v.picklist(KNOWN_TERMS_STYLES), () => d.knownTerms),
    }),
    () => structuredClone(DEFAULT_SETTINGS),
  ),
  v.transform(({ shortcuts, alwaysSites, neverSites, ...rest }) => {
    const { next, previous } = shortcuts;
    // Two shortcuts the same would be one: the default takes the place of the later.
    const distinct =
      next !== previous
        ? shortcuts
        : next !== d.shortcuts.previous
          ? { next, previous: d.shortcuts.previous }
          : { next: d.shortcuts.next, previous };
    // A site on both lists is most safely left alone.
    return {
      ...rest,
      shortcuts: distinct,
      alwaysSites: alwaysSites.filter((host) => !neverSites.includes(host)),
      neverSites,
    };
  }),
);

/** A complete, valid Settings from anything read out of storage. */
export function validateSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, raw);
}

/** Whether `host` (or a parent domain) is on the always or never list. */
export function siteMode(settings: Settings, hostname: string): SiteMode {
  const host = normaliseHost(hostname);
  if (!host) return 'auto';
  const matches = (list: string[]) => list.some((site) => host === site || host.endsWith(`.${site}`));
  if (matches(settings.neverSites)) return 'never';
  if (matches(settings.alwaysSites)) return 'always';
  return 'auto';
}

/** Settings with `hostname` moved onto the list for `mode` (and off the other). */
export function withSiteMode(settings: Settings, hostname: string, mode: SiteMode): Settings {
  const host = normaliseHost(hostname);
  if (!host) return settings;
  const without = (list: string[]) => list.filter((site) => site !== host);
  return {
    ...settings,
    alwaysSites: mode === 'always' ? [...without(settings.alwaysSites), host] : without(settings.alwaysSites),
    neverSites: mode === 'never' ? [...without(settings.neverSites), host] : without(settings.neverSites),
  };
}

// ---- storage ----

const STORAGE_KEY = 'settings';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
interface StorageApi {
  sync: StorageArea;
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

function storage(): StorageApi | undefined {
  const g = globalThis as unknown as {
    browser?: { storage?: StorageApi };
    chrome?: { storage?: StorageApi };
  };
  return g.browser?.storage ?? g.chrome?.storage;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await storage()?.sync.get(STORAGE_KEY);
    return validateSettings(stored?.[STORAGE_KEY]);
  } catch {
    return validateSettings(undefined);
  }
}

/** Validates and stores; returns what was stored. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = validateSettings(settings);
  await storage()?.sync.set({ [STORAGE_KEY]: valid });
  return valid;
}

/** Calls `listener` with the new settings whenever they change (in any context); returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const api = storage();
  if (!api) return () => {};
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && STORAGE_KEY in changes) listener(validateSettings(changes[STORAGE_KEY].newValue));
  };
  api.onChanged.addListener(handler);
  return () => api.onChanged.removeListener(handler);
}
