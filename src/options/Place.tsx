/** Where a place is: its admin path in both languages, its country and a locator map. */
import type { AdminLevel } from '../common/pack';
import { LocatorMap } from '../ui/LocatorMap';
import { placeSentence } from '../ui/labels';
import { countryLabel, g } from './i18n';

interface Props {
  name: string;
  path?: AdminLevel[];
  country?: string;
  lat?: number;
  lon?: number;
  /** The place's kind: sets the map's scale. */
  kind?: string;
}

export function Place({ name, path, country, lat, lon, kind }: Props) {
  const arabic = document.documentElement.dir === 'rtl';
  return (
    <div class="place">
      {path && path.length > 0 && (
        <dl class="facts">
          <dt>{g('detail_path', 'Administrative path')}</dt>
          <dd>
            <div dir="ltr">{path.map(([, en]) => en).join(' › ')}</div>
            <div dir="rtl" lang="ar">
              {path.map(([ar]) => ar).join(' ‹ ')}
            </div>
          </dd>
        </dl>
      )}
      {country && (
        <dl class="facts">
          <dt>{g('detail_country', 'Country')}</dt>
          <dd>{countryLabel(country)}</dd>
        </dl>
      )}
      {lat !== undefined && lon !== undefined && (
        <LocatorMap
          lat={lat}
          lon={lon}
          country={country}
          kind={kind}
          arabic={arabic}
          label={placeSentence(name, path, country, arabic)}
        />
      )}
    </div>
  );
}
