/**
 * A small locator map: the point among its country's outlines at a scale that suits the
 * place (a close-up with nearby towns and a country inset for a village or town, a
 * region for a city or a country). Geometry comes from map-source.ts (drawn in the
 * background from bundled Natural Earth outlines; no tiles, no network). Colours derive
 * from the text colour (`currentColor`), so the map reads on light and dark pages alike.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { LOCATOR_SIZE } from '../common/locator-size';
import type { LocatorGeometry } from '../common/messages';
import { locatorGeometry } from './map-source';

export interface LocatorMapProps {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code of the country to shade. */
  country?: string;
  /** The place's kind (village, town, city, …): sets the scale. */
  kind?: string;
  /** Accessible name, e.g. "Kafr Nabl, in Idlib governorate, Syria". */
  label?: string;
  /** Town labels in Arabic (the Arabic interface) rather than English. */
  arabic?: boolean;
}

type Towns = NonNullable<LocatorGeometry['towns']>;

function TownLabels({ towns, width, arabic }: { towns: Towns; width: number; arabic?: boolean }) {
  return (
    <g fill="currentColor" font-size="9.5">
      {towns.map((town) => {
        // The label goes on the side with room; in Arabic, "end" is the left edge.
        const right = town.x < width - 70;
        const anchor = right === !arabic ? 'start' : 'end';
        return (
          <g key={town.en}>
            <circle cx={town.x} cy={town.y} r="2.2" fill="none" stroke="currentColor" stroke-width="1" />
            <text
              x={town.x + (right ? 4 : -4)}
              y={town.y + 3}
              text-anchor={anchor}
              direction={arabic ? 'rtl' : 'ltr'}
              fill-opacity="0.85"
            >
              {arabic ? town.ar : town.en}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function LocatorMap({ lat, lon, country, kind, label, arabic }: LocatorMapProps) {
  const [geometry, setGeometry] = useState<LocatorGeometry | null | undefined>();
  useEffect(() => {
    let live = true;
    setGeometry(undefined);
    locatorGeometry(lat, lon, country, kind).then(
      (value) => live && setGeometry(value),
      () => live && setGeometry(null),
    );
    return () => {
      live = false;
    };
  }, [lat, lon, country, kind]);
  if (geometry === null) return null;
  const width = geometry?.width ?? LOCATOR_SIZE.width;
  const height = geometry?.height ?? LOCATOR_SIZE.height;
  const inset = geometry?.inset;
  return (
    <svg
      class="locator-map"
      role="img"
      aria-label={label ?? t('reading_map_label')}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ display: 'block', aspectRatio: `${width} / ${height}` }}
    >
      <rect width={width} height={height} rx="6" fill="currentColor" fill-opacity="0.04" />
      {geometry && (
        <>
          <path
            d={geometry.land}
            fill="currentColor"
            fill-opacity="0.07"
            stroke="currentColor"
            stroke-opacity="0.35"
            stroke-width="0.6"
          />
          {geometry.country && (
            <path
              d={geometry.country}
              fill="currentColor"
              fill-opacity="0.14"
              stroke="currentColor"
              stroke-opacity="0.7"
              stroke-width="0.9"
            />
          )}
          {geometry.towns && <TownLabels towns={geometry.towns} width={width} arabic={arabic} />}
          <circle
            cx={geometry.dot[0]}
            cy={geometry.dot[1]}
            r="4.5"
            fill="#d7263d"
            stroke="#ffffff"
            stroke-width="1.5"
          />
          {inset && (
            <g transform={`translate(${inset.x} ${inset.y})`}>
              <rect
                width={inset.width}
                height={inset.height}
                rx="4"
                fill="var(--bg, #fff)"
                fill-opacity="0.9"
                stroke="currentColor"
                stroke-opacity="0.3"
              />
              {inset.country && (
                <path
                  d={inset.country}
                  fill="currentColor"
                  fill-opacity="0.25"
                  stroke="currentColor"
                  stroke-width="0.6"
                />
              )}
              <rect
                x={inset.frame[0]}
                y={inset.frame[1]}
                width={inset.frame[2]}
                height={inset.frame[3]}
                fill="none"
                stroke="#d7263d"
                stroke-width="1.2"
              />
            </g>
          )}
        </>
      )}
    </svg>
  );
}
