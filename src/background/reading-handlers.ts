/**
 * Requests for the reading experience: where an entry is, its locator map, the strings
 * of a chosen interface language, the About page. The world outline (world-atlas,
 * Natural Earth 1:110m, ~100 KB) lives in the background bundle and is decoded on the
 * first map request only; the close-up data (1:50m outlines, towns) is read from the
 * package on the first close-up. No page ever carries either; the answer is a few
 * kilobytes of SVG path data.
 */

import codes from 'i18n-iso-countries/codes.json';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import browser from 'webextension-polyfill';
import atlas from 'world-atlas/countries-110m.json';
import { flattenMessages } from '../common/i18n';
import type { BackgroundRequest, EntityLocation, LocatorGeometry } from '../common/messages';
import { fullEntry } from './engine-host';
import { type Countries, isCloseUp, locatorGeometry, type MapData, type Town } from './locator-map';
import { gunzipJson } from './pack-source';

const MAP_OUTLINES = 'map/countries-50m.json.gz';
const MAP_TOWNS = 'map/towns.json.gz';

type Request<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

export async function handleLocate(request: Request<'locate'>): Promise<EntityLocation | null> {
  const entry = await fullEntry(request.id);
  if (!entry || entry.lat === undefined || entry.lon === undefined) return null;
  return { lat: entry.lat, lon: entry.lon, country: entry.country, kind: entry.kind };
}

let world: Countries | undefined;
let numericOf: Map<string, string> | undefined;
let closeUp: Promise<{ countries: Countries; towns: Town[] }> | undefined;

function coarse(): Countries {
  const topology = atlas as unknown as Topology;
  world ??= feature(topology, topology.objects.countries) as unknown as Countries;
  return world;
}

/** The detailed outlines and the towns, read from the package on the first close-up. */
function closeUpData(): Promise<{ countries: Countries; towns: Town[] }> {
  closeUp ??= Promise.all([gunzipJson(MAP_OUTLINES), gunzipJson(MAP_TOWNS)]).then(([topology, towns]) => ({
    countries: feature(
      topology as Topology,
      (topology as Topology).objects.countries,
    ) as unknown as Countries,
    towns: towns as Town[],
  }));
  closeUp.catch(() => {
    closeUp = undefined;
  });
  return closeUp;
}

/** ISO alpha-2 ("SY") → the atlas's numeric id ("760"). */
function numericId(alpha2: string): string | undefined {
  numericOf ??= new Map((codes as string[][]).map(([a2, , numeric]) => [a2, numeric]));
  return numericOf.get(alpha2.toUpperCase());
}

export async function handleLocatorMap(request: Request<'locatorMap'>): Promise<LocatorGeometry> {
  const { lat, lon, kind } = request;
  const country = request.country ? numericId(request.country) : undefined;
  let data: MapData = { countries: coarse(), world: coarse(), towns: [] };
  if (isCloseUp(kind)) {
    try {
      data = { ...(await closeUpData()), world: coarse() };
    } catch {
      // The coarse outlines still place the point.
    }
  }
  return locatorGeometry(data, lat, lon, country, kind);
}

/** The interface strings of a chosen language, from the package's `_locales`. */
export async function handleInterfaceMessages(
  request: Request<'interfaceMessages'>,
): Promise<Record<string, string>> {
  const response = await fetch(browser.runtime.getURL(`_locales/${request.language}/messages.json`));
  return flattenMessages(await response.json());
}

export async function handleOpenAbout(): Promise<null> {
  await browser.tabs.create({ url: browser.runtime.getURL('options.html#about') });
  return null;
}
