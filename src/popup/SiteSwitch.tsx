/** Per-site switch: annotate this site always, never, or when Dalil recognises the page. */
import type { SiteMode } from '../common/settings';
import { label } from '../ui/labels';

const MODES: Array<[SiteMode, string, string]> = [
  ['auto', 'popup_site_auto', 'Automatic'],
  ['always', 'popup_site_always', 'Always'],
  ['never', 'popup_site_never', 'Never'],
];

export function SiteSwitch({
  host,
  mode,
  onChange,
}: {
  host: string;
  mode: SiteMode;
  onChange: (mode: SiteMode) => void;
}) {
  return (
    <fieldset class="site-switch">
      <legend>{label('popup_site_legend', 'On $1', [host])}</legend>
      {MODES.map(([value, key, english]) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name="site-mode"
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />
          {label(key, english)}
        </label>
      ))}
    </fieldset>
  );
}
