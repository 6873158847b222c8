/**
 * Settings: the interface language, which kinds to highlight and in which colours, first occurrence only, article
 * or whole page, how known terms look, hover delay, keyboard shortcuts, and the always/never site lists.
 * Self-contained (loads and saves through src/common/settings.ts); every change is saved
 * at once and announced. Mounted by the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  displayShortcut,
  type HighlightKind,
  HOVER_DELAY_RANGE,
  INTERFACE_LANGUAGES,
  isValidShortcut,
  KINDS,
  KNOWN_TERMS_STYLES,
  type KnownTermsStyle,
  loadSettings,
  type Settings as SettingsValue,
  saveSettings,
  shortcutOf,
  UNDERLINES,
} from '../common/settings';
import { label } from '../ui/labels';
import { parseHostList } from './settings-helpers';
import './settings-form.css';

const KIND_LABELS: Record<HighlightKind, [string, string]> = {
  place: ['settings_kind_place', 'Places'],
  organization: ['settings_kind_organization', 'Parties and organisations'],
  person: ['settings_kind_person', 'People'],
};

const KNOWN_LABELS: Record<KnownTermsStyle, [string, string]> = {
  shown: ['settings_known_shown', 'Highlighted like every other name'],
  quiet: ['settings_known_quiet', 'Shown quietly (a faint underline)'],
  hidden: ['settings_known_hidden', 'Not highlighted (the tooltip still opens on them)'],
};

function ShortcutInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      id={id}
      class="shortcut"
      dir="ltr"
      readOnly
      value={displayShortcut(value)}
      aria-describedby="shortcut-help"
      onKeyDown={(event) => {
        if (event.key === 'Tab' || ['Shift', 'Alt', 'Control', 'Meta'].includes(event.key)) return;
        event.preventDefault();
        const shortcut = shortcutOf(event);
        if (isValidShortcut(shortcut)) onChange(shortcut);
      }}
    />
  );
}

export function Settings() {
  const [settings, setSettings] = useState<SettingsValue | undefined>();
  const [status, setStatus] = useState('');
  const [sites, setSites] = useState({ always: '', never: '' });
  const [invalid, setInvalid] = useState<string[]>([]);

  useEffect(() => {
    loadSettings().then((loaded) => {
      setSettings(loaded);
      setSites({ always: loaded.alwaysSites.join('\n'), never: loaded.neverSites.join('\n') });
    });
  }, []);

  if (!settings) return <p class="muted">{label('settings_loading', 'Loading settings…')}</p>;

  const update = async (next: SettingsValue) => {
    setSettings(next);
    try {
      setSettings(await saveSettings(next));
      setStatus(label('settings_saved', 'Settings saved.'));
    } catch (error) {
      setStatus(label('settings_save_failed', 'Settings could not be saved: $1', [String(error)]));
    }
  };
  const saveSites = () => {
    const always = parseHostList(sites.always);
    const never = parseHostList(sites.never);
    setInvalid([...always.invalid, ...never.invalid]);
    void update({ ...settings, alwaysSites: always.hosts, neverSites: never.hosts });
  };

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{label('settings_title', 'Reading settings')}</h2>

      <fieldset>
        <legend>{label('settings_language', 'Interface language')}</legend>
        {INTERFACE_LANGUAGES.map((language) => (
          <label class="choice" key={language}>
            <input
              type="radio"
              name="ui-language"
              checked={settings.uiLanguage === language}
              onChange={() => update({ ...settings, uiLanguage: language })}
            />
            {language === 'auto' ? (
              label('settings_language_auto', "Automatic (the browser's language)")
            ) : (
              // Each language is named in itself, so a reader finds theirs in any interface.
              <span lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
                {language === 'ar' ? 'العربية' : 'English'}
              </span>
            )}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{label('settings_kinds', 'Highlight')}</legend>
        {KINDS.map((kind) => (
          <div class="kind-row" key={kind}>
            <label>
              <input
                type="checkbox"
                checked={settings.kinds[kind]}
                onChange={(event) =>
                  update({ ...settings, kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })
                }
              />
              {label(...KIND_LABELS[kind])}
            </label>
            <input
              type="color"
              value={settings.colors[kind]}
              aria-label={label('settings_color_of', 'Colour of $1', [label(...KIND_LABELS[kind])])}
              onChange={(event) =>
                update({ ...settings, colors: { ...settings.colors, [kind]: event.currentTarget.value } })
              }
            />
            <span
              class="sample"
              aria-hidden="true"
              style={{
                textDecoration: `underline ${UNDERLINES[kind]} ${settings.colors[kind]} 2px`,
                background: `color-mix(in srgb, ${settings.colors[kind]} 24%, transparent)`,
              }}
              lang="ar"
            >
              إدلب
            </span>
          </div>
        ))}
        <button type="button" onClick={() => update({ ...settings, colors: DEFAULT_SETTINGS.colors })}>
          {label('settings_colors_reset', 'Restore the default colours')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{label('settings_where', 'Where to look')}</legend>
        {(['article', 'page'] as const).map((scope) => (
          <label class="choice" key={scope}>
            <input
              type="radio"
              name="scope"
              checked={settings.scope === scope}
              onChange={() => update({ ...settings, scope })}
            />
            {scope === 'article'
              ? label('settings_scope_article', 'The article only (skip menus, sidebars and comments)')
              : label('settings_scope_page', 'The whole page')}
          </label>
        ))}
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.firstOnly}
            onChange={(event) => update({ ...settings, firstOnly: event.currentTarget.checked })}
          />
          {label('settings_first_only', 'Highlight only the first occurrence of each name')}
        </label>
      </fieldset>

      <fieldset aria-describedby="known-terms-help">
        <legend>{label('settings_known', 'Terms you marked known')}</legend>
        {KNOWN_TERMS_STYLES.map((style) => (
          <label class="choice" key={style}>
            <input
              type="radio"
              name="known-terms"
              checked={settings.knownTerms === style}
              onChange={() => update({ ...settings, knownTerms: style })}
            />
            {label(...KNOWN_LABELS[style])}
          </label>
        ))}
        <p id="known-terms-help" class="muted">
          {label(
            'settings_known_help',
            'Shown quietly or hidden, highlights are drawn in a layer of Dalil’s own that the page cannot read: a site can tell this setting is on, never which terms you know.',
          )}
        </p>
      </fieldset>

      <fieldset>
        <legend>{label('settings_tooltip', 'Tooltip')}</legend>
        <label for="hover-delay">{label('settings_hover_delay', 'Hover delay (milliseconds)')}</label>
        <input
          id="hover-delay"
          type="number"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelay}
          onChange={(event) => update({ ...settings, hoverDelay: Number(event.currentTarget.value) })}
        />
      </fieldset>

      <fieldset>
        <legend>{label('settings_shortcuts', 'Keyboard shortcuts')}</legend>
        <p id="shortcut-help" class="muted">
          {label('settings_shortcut_help', 'Focus a field and press the new keys (with Ctrl, Alt or ⌘).')}
        </p>
        <dl class="shortcuts">
          <dt>
            <label for="shortcut-next">{label('settings_shortcut_next', 'Next highlighted name')}</label>
          </dt>
          <dd>
            <ShortcutInput
              id="shortcut-next"
              value={settings.shortcuts.next}
              onChange={(next) => update({ ...settings, shortcuts: { ...settings.shortcuts, next } })}
            />
          </dd>
          <dt>
            <label for="shortcut-previous">
              {label('settings_shortcut_previous', 'Previous highlighted name')}
            </label>
          </dt>
          <dd>
            <ShortcutInput
              id="shortcut-previous"
              value={settings.shortcuts.previous}
              onChange={(previous) => update({ ...settings, shortcuts: { ...settings.shortcuts, previous } })}
            />
          </dd>
          <dt>{label('settings_shortcut_save', 'Save or unsave the open name')}</dt>
          <dd>
            <kbd>S</kbd>
          </dd>
          <dt>{label('settings_shortcut_close', 'Close the tooltip')}</dt>
          <dd>
            <kbd>Esc</kbd>
          </dd>
        </dl>
      </fieldset>

      <fieldset>
        <legend>{label('settings_sites', 'Sites')}</legend>
        <label for="always-sites">
          {label('settings_always_sites', 'Always annotate (one site per line)')}
        </label>
        <textarea
          id="always-sites"
          rows={3}
          dir="ltr"
          value={sites.always}
          onInput={(event) => setSites({ ...sites, always: event.currentTarget.value })}
          onBlur={saveSites}
        />
        <label for="never-sites">{label('settings_never_sites', 'Never annotate (one site per line)')}</label>
        <textarea
          id="never-sites"
          rows={3}
          dir="ltr"
          value={sites.never}
          onInput={(event) => setSites({ ...sites, never: event.currentTarget.value })}
          onBlur={saveSites}
        />
        {invalid.length > 0 && (
          <p role="alert">{label('settings_invalid_sites', 'Not a site name: $1', [invalid.join(', ')])}</p>
        )}
      </fieldset>
      <p role="status" class="settings-status">
        {status}
      </p>
    </section>
  );
}
