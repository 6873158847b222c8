/**
 * Requests for the reading experience: where an entry is, and its locator map. The
 * world outline (world-atlas, Natural Earth 1:110m, ~100 KB) lives in the background
 * bundle and is decoded on the first map request only, so no page ever carries it; the
 * answer is a few kilobytes of SVG path data.
 */
import { geoEquirectangular, geoPath } from 'd3-geo';
import codes from 'i18n-iso-countries/codes.json';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import type { BackgroundRequest, EntityLocation, LocatorGeometry } from '../common/messages';
import { fullEntry } from './engine-host';

type Request<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

export async function handleLocate(request: Request<'locate'>): Promise<EntityLocation | null> {
  const entry = await fullEntry(request.id);
  if (!entry || entry.lat === undefined || entry.lon === undefined) return null;
  return { lat: entry.lat, lon: entry.lon, country: entry.country };
}

const WIDTH = 240;
const HEIGHT = 150;
/** Degrees of longitude the map spans: a region, enough to see the neighbours. */
const SPAN = 26;

type Countries = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
let countries: Countries | undefined;
let numericOf: Map<string, string> | undefined;

function world(): Countries {
  const topology = atlas as unknown as Topology;
  countries ??= feature(topology, topology.objects.countries) as unknown as Countries;
  return countries;
}

/** ISO alpha-2 ("SY") → the atlas's numeric id ("760"). */
function numericId(alpha2: string): string | undefined {
  numericOf ??= new Map((codes as string[][]).map(([a2, , numeric]) => [a2, numeric]));
  return numericOf.get(alpha2.toUpperCase());
}

export function locatorGeometry(lat: number, lon: number, country?: string): LocatorGeometry {
  const scale = (WIDTH / SPAN) * (180 / Math.PI);
  const projection = geoEquirectangular()
    .rotate([-lon, 0])
    .center([0, lat])
    .scale(scale)
    .translate([WIDTH / 2, HEIGHT / 2])
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  const wanted = country ? numericId(country) : undefined;
  let land = '';
  let highlighted: string | undefined;
  for (const shape of world().features) {
    const d = path(shape);
    if (!d) continue;
    if (wanted && String(shape.id) === wanted) highlighted = d;
    else land += d;
  }
  const [x, y] = projection([lon, lat]) ?? [WIDTH / 2, HEIGHT / 2];
  return { width: WIDTH, height: HEIGHT, land, country: highlighted, dot: [Math.round(x), Math.round(y)] };
}

export async function handleLocatorMap(request: Request<'locatorMap'>): Promise<LocatorGeometry> {
  return locatorGeometry(request.lat, request.lon, request.country);
}
