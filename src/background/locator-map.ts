/**
 * Locator-map geometry: the point in its surroundings at a scale that suits what it is.
 * A village or town gets a close-up (about 200 km across) with the towns and cities
 * around it to read it against, and a small inset of its whole country with the
 * close-up's frame; a city or district a regional view; a governorate a wider one; a
 * country the region around it. Pure: the outlines and towns are passed in.
 *
 * No governorate or district outlines ship with Dalil (the Syrian admin data it has is
 * centroids, not boundaries), so the close-up shows country borders and towns.
 */
import { type GeoProjection, geoMercator, geoPath } from 'd3-geo';
import { LOCATOR_SIZE } from '../common/locator-size';
import type { LocatorGeometry } from '../common/messages';

export const WIDTH = LOCATOR_SIZE.width;
export const HEIGHT = LOCATOR_SIZE.height;
const INSET = 56;

export type Countries = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
/** [lat, lon, ar, en], largest first (written by build.mjs). */
export type Town = [number, number, string, string];

/** Degrees of longitude a map of this kind of place spans. */
export function spanOf(kind: string | undefined): number {
  switch (kind) {
    case 'village':
    case 'town':
    case 'neighbourhood':
    case 'subdistrict':
    case 'airport':
    case 'crossing':
    case 'landmark':
    case 'mountain':
    case 'valley':
      return 1.8;
    case 'city':
    case 'district':
      return 4;
    case 'governorate':
    case 'province':
    case 'region':
    case 'area':
      return 9;
    default:
      return 26;
  }
}

export function isCloseUp(kind: string | undefined): boolean {
  return spanOf(kind) <= 4;
}

function projectionAt(lat: number, lon: number, span: number): GeoProjection {
  return geoMercator()
    .center([lon, lat])
    .scale((WIDTH / span) * (180 / Math.PI))
    .translate([WIDTH / 2, HEIGHT / 2])
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
}

function outlines(countries: Countries, projection: GeoProjection, wanted?: string) {
  const path = geoPath(projection).digits(1);
  let land = '';
  let country: string | undefined;
  for (const shape of countries.features) {
    const d = path(shape);
    if (!d) continue;
    if (wanted && String(shape.id) === wanted) country = d;
    else land += d;
  }
  return { land, country };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const inside = (box: Box | undefined, x: number, y: number, margin = 0) =>
  box !== undefined &&
  x > box.x - margin &&
  x < box.x + box.width + margin &&
  y > box.y - margin &&
  y < box.y + box.height + margin;

/** Towns in view (largest first) whose labels have room: not on the point, not under `keepOut`. */
function townsInView(
  towns: Town[],
  projection: GeoProjection,
  dot: [number, number],
  keepOut?: Box,
  most = 3,
) {
  const chosen: NonNullable<LocatorGeometry['towns']> = [];
  for (const [lat, lon, ar, en] of towns) {
    if (chosen.length === most) break;
    const at = projection([lon, lat]);
    if (!at) continue;
    const [x, y] = at;
    if (x < 6 || x > WIDTH - 6 || y < 10 || y > HEIGHT - 6) continue;
    if (Math.hypot(x - dot[0], y - dot[1]) < 14 || inside(keepOut, x, y, 8)) continue;
    if (chosen.some((other) => Math.abs(other.y - y) < 14 && Math.abs(other.x - x) < 80)) continue;
    chosen.push({ x: Math.round(x), y: Math.round(y), ar, en });
  }
  return chosen;
}

/** The corner for the inset that hides the fewest of the towns worth naming (and never the point). */
function insetCorner(towns: Town[], projection: GeoProjection, dot: [number, number]): Box {
  const candidates = townsInView(towns, projection, dot, undefined, 8);
  const corners: Box[] = [
    { x: WIDTH - INSET - 4, y: 4, width: INSET, height: INSET },
    { x: 4, y: 4, width: INSET, height: INSET },
    { x: WIDTH - INSET - 4, y: HEIGHT - INSET - 4, width: INSET, height: INSET },
    { x: 4, y: HEIGHT - INSET - 4, width: INSET, height: INSET },
  ].filter((corner) => !inside(corner, dot[0], dot[1], 6));
  const hidden = (corner: Box) => candidates.filter((town) => inside(corner, town.x, town.y, 8)).length;
  return corners.reduce((best, corner) => (hidden(corner) < hidden(best) ? corner : best));
}

function insetOf(
  countries: Countries,
  wanted: string,
  lat: number,
  lon: number,
  span: number,
): LocatorGeometry['inset'] {
  const shape = countries.features.find((feature) => String(feature.id) === wanted);
  if (!shape) return undefined;
  const projection = geoMercator().fitExtent(
    [
      [3, 3],
      [INSET - 3, INSET - 3],
    ],
    shape,
  );
  const path = geoPath(projection).digits(1);
  const halfLat = (span * HEIGHT) / WIDTH / 2;
  const [x0, y0] = projection([lon - span / 2, lat + halfLat]) ?? [0, 0];
  const [x1, y1] = projection([lon + span / 2, lat - halfLat]) ?? [0, 0];
  const frame: [number, number, number, number] = [
    Math.round(x0),
    Math.round(y0),
    Math.max(3, Math.round(x1 - x0)),
    Math.max(3, Math.round(y1 - y0)),
  ];
  return { x: 0, y: 0, width: INSET, height: INSET, country: path(shape) ?? undefined, frame };
}

export interface MapData {
  /** Outlines for this scale (the detailed ones for close-ups, when loaded). */
  countries: Countries;
  /** The coarse outlines, for the inset. */
  world: Countries;
  towns: Town[];
}

/** `country` is the atlas's numeric id of the place's country, when known. */
export function locatorGeometry(
  data: MapData,
  lat: number,
  lon: number,
  country: string | undefined,
  kind: string | undefined,
): LocatorGeometry {
  const span = spanOf(kind);
  const projection = projectionAt(lat, lon, span);
  const { land, country: highlighted } = outlines(data.countries, projection, country);
  const [x, y] = projection([lon, lat]) ?? [WIDTH / 2, HEIGHT / 2];
  const dot: [number, number] = [Math.round(x), Math.round(y)];
  const geometry: LocatorGeometry = { width: WIDTH, height: HEIGHT, land, country: highlighted, dot };
  if (isCloseUp(kind)) {
    const inset = country ? insetOf(data.world, country, lat, lon, span) : undefined;
    const corner = inset ? insetCorner(data.towns, projection, dot) : undefined;
    if (inset && corner) geometry.inset = { ...inset, x: corner.x, y: corner.y };
    geometry.towns = townsInView(data.towns, projection, dot, corner);
  }
  return geometry;
}
