/**
 * A small locator map: the country outlines around a point, the point's country shaded
 * and the point marked. Geometry comes from map-source.ts (drawn in the background from
 * bundled Natural Earth outlines; no tiles, no network). Colours derive from the text
 * colour (`currentColor`), so the map reads on light and dark backgrounds alike.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { LocatorGeometry } from '../common/messages';
import { locatorGeometry } from './map-source';

export interface LocatorMapProps {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code of the country to shade. */
  country?: string;
  /** Accessible name, e.g. "Kafr Nabl on a map of Syria". */
  label?: string;
}

export function LocatorMap({ lat, lon, country, label }: LocatorMapProps) {
  const [geometry, setGeometry] = useState<LocatorGeometry | null | undefined>();
  useEffect(() => {
    let live = true;
    setGeometry(undefined);
    locatorGeometry(lat, lon, country).then(
      (value) => live && setGeometry(value),
      () => live && setGeometry(null),
    );
    return () => {
      live = false;
    };
  }, [lat, lon, country]);
  if (geometry === null) return null;
  const width = geometry?.width ?? 240;
  const height = geometry?.height ?? 150;
  return (
    <svg
      class="locator-map"
      role="img"
      aria-label={label ?? t('reading_map_label')}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ display: 'block', maxWidth: `${width}px`, aspectRatio: `${width} / ${height}` }}
    >
      <rect width={width} height={height} rx="6" fill="currentColor" fill-opacity="0.05" />
      {geometry && (
        <>
          <path
            d={geometry.land}
            fill="currentColor"
            fill-opacity="0.1"
            stroke="currentColor"
            stroke-opacity="0.35"
            stroke-width="0.6"
          />
          {geometry.country && (
            <path
              d={geometry.country}
              fill="currentColor"
              fill-opacity="0.28"
              stroke="currentColor"
              stroke-opacity="0.7"
              stroke-width="0.9"
            />
          )}
          <circle
            cx={geometry.dot[0]}
            cy={geometry.dot[1]}
            r="4.5"
            fill="#d7263d"
            stroke="#ffffff"
            stroke-width="1.5"
          />
        </>
      )}
    </svg>
  );
}
